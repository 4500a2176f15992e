package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Messages;
import dev.orgwright.ui.help.HelpWindowAccess;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    static void inGerman() throws Exception {
        TestWindows.startToolkit();
        // A few texts are constants, fixed when their class is first used. They are fixed in
        // English here, so that the other tests of this run, which read English, still find them.
        WholeLabels.fixTextConstants();
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
        assertEquals(List.of(), WholeLabels.cutInWindowAndDialogs(robot, window),
                "labels and buttons whose German text is cut off with an ellipsis");
    }
}
