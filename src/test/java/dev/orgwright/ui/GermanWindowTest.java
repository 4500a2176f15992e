package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Messages;
import dev.orgwright.ui.help.HelpWindowAccess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window in German: its menus, status bar, the Preferences dialog and the help speak the language chosen. */
@ExtendWith(ApplicationExtension.class)
class GermanWindowTest {

    @BeforeAll
    static void inGerman() throws TimeoutException, IOException, ClassNotFoundException {
        TestWindows.startToolkit();
        // A few texts are constants, fixed when their class is first used. They are fixed in
        // English here, so that the other tests of this run, which read English, still find them.
        for (String name : classesWithTextConstants()) {
            Class<?> type = Class.forName(name, true, GermanWindowTest.class.getClassLoader());
            for (Class<?> nested : type.getDeclaredClasses()) {
                Class.forName(nested.getName(), true, GermanWindowTest.class.getClassLoader());
            }
        }
        Messages.setLocale(Locale.GERMAN);
    }

    @AfterAll
    static void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage);
    }

    @AfterEach
    void closeOtherWindows() throws Exception {
        TestWindows.closeOtherWindows();
    }

    @Test
    void theMenusAndTheStatusBarAreGerman(FxRobot robot) {
        List<String> menus = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .map(Menu::getText).toList();
        assertEquals(List.of("Datei", "Bearbeiten", "Organigramm", "Szenario", "Ansicht", "Hilfe"), menus);
        String summary = robot.lookup("#summary-status").queryAs(Label.class).getText();
        assertTrue(summary.matches("\\d+ Stellen · \\d+ Vakanz(en)? · .* Hinweise? · Zoom \\d+ %"), summary);
        assertEquals("Klicken Sie auf eine Karte, um sie auszuwählen",
                robot.lookup("#selection-status").queryAs(Label.class).getText());
    }

    @Test
    void preferencesOfferTheLanguagesAndSayWhenTheChoiceTakesEffect(FxRobot robot) {
        robot.clickOn("Bearbeiten").clickOn("Einstellungen…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Die Sprache wechselt, wenn das Fenster das nächste Mal geöffnet wird.",
                robot.lookup("#preferences-note").queryAs(Label.class).getText());
        @SuppressWarnings("unchecked")
        ChoiceBox<Optional<Locale>> choice = robot.lookup("#preferences-language").queryAs(ChoiceBox.class);
        assertEquals(List.of("Systemsprache", "English", "Deutsch", "Français", "Español"),
                choice.getItems().stream().map(choice.getConverter()::toString).toList());
        robot.clickOn("#preferences-cancel");
    }

    @Test
    void f1OpensTheHelpInGermanAndTheContentsLeadToTheGermanPages(FxRobot robot) throws Exception {
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage help = (Stage) robot.lookup("#help-window").query().getScene().getWindow();
        assertTrue(help.isShowing());
        assertEquals("Orgwright-Hilfe", help.getTitle());
        assertEquals("Erste Schritte", WaitForAsyncUtils.asyncFx(() -> HelpWindowAccess.shownTitle(help)).get());

        robot.interact(help::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Das Organigramm bearbeiten", WaitForAsyncUtils.asyncFx(() -> HelpWindowAccess.shownTitle(help)).get(),
                "the second page of the contents, in German");
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> ((VBox) help.getScene().lookup("#help-page"))
                .getChildren().stream().map(n -> ((Label) n).getText()).toList()).get();
        assertTrue(shown.contains("Verschieben"), "its headings are German: " + shown);
        assertTrue(shown.stream().anyMatch(t -> t.contains("Bearbeiten → Rückgängig")), shown.toString());
        assertTrue(shown.stream().noneMatch(t -> t.contains("Edit → Undo")), "no English left: " + shown);
    }

    @Test
    void theWindowAndItsDialogsShowEveryGermanLabelWhole(FxRobot robot) throws Exception {
        List<String> cut = new java.util.ArrayList<>(cutLabels(window.canvas().getScene().getRoot()));
        for (String action : List.of("preferences", "tiers", "chart-properties", "export", "keyboard-shortcuts")) {
            javafx.scene.control.MenuItem item = menuItem(robot, action + "-item");
            robot.interact(item::fire);
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(WaitForAsyncUtils.asyncFx(() -> otherWindows().stream()
                    .flatMap(w -> cutLabels(w.getScene().getRoot()).stream()).map(t -> action + ": " + t).toList()).get());
            TestWindows.closeOtherWindows();
        }
        robot.interact(() -> window.model().select(dev.orgwright.model.PositionId.of("cfo")));
        robot.interact(menuItem(robot, "delete-item")::fire);
        WaitForAsyncUtils.waitForFxEvents();
        cut.addAll(WaitForAsyncUtils.asyncFx(() -> otherWindows().stream()
                .flatMap(w -> cutLabels(w.getScene().getRoot()).stream()).map(t -> "delete: " + t).toList()).get());
        assertEquals(List.of(), cut, "labels and buttons whose German text is cut off with an ellipsis");
    }

    /** Whether {@code node} and everything it sits in are visible: a tab not chosen or a bar folded away is not. */
    private static boolean shownOnScreen(javafx.scene.Node node) {
        for (javafx.scene.Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Rows of lists, tables and trees shorten long texts on purpose; the row's own view shows them whole. */
    private static boolean inACell(javafx.scene.Node node) {
        for (javafx.scene.Node up = node; up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.Cell<?>) {
                return true;
            }
        }
        return false;
    }

    /** A menu item of the window's menu bar, at any depth. */
    private javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            collect(menu, items);
        }
        return items.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static void collect(Menu menu, List<javafx.scene.control.MenuItem> into) {
        for (javafx.scene.control.MenuItem i : menu.getItems()) {
            into.add(i);
            if (i instanceof Menu sub) {
                collect(sub, into);
            }
        }
    }

    private List<javafx.stage.Window> otherWindows() {
        javafx.stage.Window main = window.canvas().getScene().getWindow();
        return javafx.stage.Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                && !(w instanceof javafx.stage.PopupWindow)).toList();
    }

    /**
     * The texts under {@code root} that a label or button shows shortened: its skin draws the text
     * ending in the ellipsis while the control's own text is longer. Each is a word a German
     * reader loses.
     */
    private static List<String> cutLabels(javafx.scene.Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll(".text")) {
            if (n instanceof javafx.scene.text.Text shown && n.getParent() instanceof javafx.scene.control.Labeled owner
                    && shownOnScreen(owner) && !inACell(owner) && owner.getText() != null && !owner.getText().equals(shown.getText())
                    && shown.getText().endsWith(owner.getEllipsisString())) {
                cut.add(owner.getText() + " (shown as " + shown.getText() + ")");
            }
        }
        return cut;
    }

    /** The classes of the window that keep a text in a {@code static final} field. */
    private static List<String> classesWithTextConstants() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root.resolve("dev/orgwright/ui"))) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).matches("(?s).*static final [^;]*Texts\\.t\\(.*");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "")).toList();
        }
    }
}
