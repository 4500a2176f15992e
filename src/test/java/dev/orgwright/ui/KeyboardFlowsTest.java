package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.PositionId;
import dev.orgwright.ui.canvas.CardSpeech;
import dev.orgwright.ui.canvas.ChartCanvas;
import dev.orgwright.ui.editor.ChartWindowModel;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window used from the keyboard alone, with the program's real dialogs: add, rename, move
 * and delete; Enter and Escape in the questions; F1; and what a screen reader is told.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowsTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId COO = PositionId.of("coo");

    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = OrgwrightApp.openWindow(stage, new FxDialogs(stage), List.of());
        window.model().view().fit();
    }

    @AfterEach
    void closeDialogs() throws Exception {
        TestWindows.closeOtherWindows();
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of the dialog's focused field by {@code text} and presses Enter. */
    private void answer(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.write(text);
        robot.targetWindow(window.canvas().getScene().getWindow());
        type(robot, KeyCode.ENTER);
    }

    private List<Window> otherWindows() throws Exception {
        Window main = window.canvas().getScene().getWindow();
        return onFx(() -> Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                && !(w instanceof javafx.stage.PopupWindow)).toList());
    }

    private Object spoken() throws Exception {
        return onFx(() -> window.canvas().queryAccessibleAttribute(AccessibleAttribute.TEXT));
    }

    @Test
    void addRenameMoveAndDeleteWithTheKeyboardAlone(FxRobot robot) throws Exception {
        robot.interact(() -> window.canvas().requestFocus());
        type(robot, KeyCode.RIGHT);
        assertEquals(CEO, model().selection().orElseThrow(), "an arrow key reaches the first card");
        List<PositionId> reportsBefore = onFx(() -> model().chart().childrenOf(CEO));

        type(robot, KeyCode.INSERT);
        answer(robot, "Chief People Officer");
        PositionId added = model().selection().orElseThrow();
        assertEquals("Chief People Officer", model().chart().position(added).title());
        assertEquals(CEO, model().chart().position(added).reportsTo());

        type(robot, KeyCode.F2);
        answer(robot, "Chief Revenue Officer");
        assertEquals("Chief Revenue Officer", model().chart().position(added).title());

        PositionId previous = reportsBefore.get(reportsBefore.size() - 1);
        alt(robot, KeyCode.DOWN);
        assertEquals(previous, model().chart().position(added).reportsTo(), "Alt+Down: under the sibling before it");
        alt(robot, KeyCode.UP);
        assertEquals(CEO, model().chart().position(added).reportsTo(), "Alt+Up: back to the manager's manager");
        List<PositionId> now = onFx(() -> model().chart().childrenOf(CEO));
        assertEquals(now.indexOf(previous) + 1, now.indexOf(added), "placed just after its former manager");
        alt(robot, KeyCode.LEFT);
        assertEquals(now.indexOf(added) - 1, model().chart().childrenOf(CEO).indexOf(added), "Alt+Left: one place earlier");
        assertEquals(added, model().selection().orElseThrow(), "the moved position stays selected");

        // Deleting a manager: Enter gives the safe answer, and its reports stay.
        robot.interact(() -> model().select(COO));
        List<PositionId> teamOfCoo = onFx(() -> model().chart().childrenOf(COO));
        type(robot, KeyCode.DELETE);
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button preferred = onFx(() -> question.getButtonTypes().stream().map(question::lookupButton)
                .map(Button.class::cast).filter(Button::isDefaultButton).findFirst().orElseThrow());
        assertTrue(preferred.getText().startsWith("Hand them to"), preferred.getText());
        type(robot, KeyCode.ENTER);
        assertFalse(model().chart().contains(COO));
        for (PositionId report : teamOfCoo) {
            assertEquals(CEO, model().chart().position(report).reportsTo(), report + " moved up, not removed");
        }
    }

    @Test
    void escapeClosesTheQuestionAndTheWindowsAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.canvas().requestFocus();
            model().select(COO);
        });
        type(robot, KeyCode.DELETE);
        assertEquals(1, otherWindows().size(), "the question is showing");
        type(robot, KeyCode.ESCAPE);
        assertTrue(otherWindows().isEmpty());
        assertTrue(model().chart().contains(COO), "Escape removed nothing");

        type(robot, KeyCode.F2);
        assertEquals(1, otherWindows().size());
        type(robot, KeyCode.ESCAPE);
        assertTrue(otherWindows().isEmpty(), "Escape closes the rename dialog");

        MenuItem tiers = onFx(() -> ((javafx.scene.control.MenuBar) window.canvas().getScene()
                .lookup(".menu-bar")).getMenus().get(2).getItems().stream()
                .filter(i -> "tiers-item".equals(i.getId())).findFirst().orElseThrow());
        robot.interact(tiers::fire);
        Window tierWindow = otherWindows().get(0);
        assertNotNull(robot.lookup("#tier-close").query(), "the tier editor has a Close button");
        robot.interact(() -> tierWindow.requestFocus());
        type(robot, KeyCode.ESCAPE);
        assertFalse(tierWindow.isShowing(), "Escape closes the tier editor");
    }

    @Test
    void f1OpensTheHelpOnItsFirstPageAndTheSearchFindsPages(FxRobot robot) throws Exception {
        robot.interact(() -> window.canvas().requestFocus());
        type(robot, KeyCode.F1);
        Stage help = (Stage) robot.lookup("#help-window").query().getScene().getWindow();
        assertTrue(help.isShowing());
        assertEquals("Getting started", onFx(() -> dev.orgwright.ui.help.HelpWindowAccess.shownTitle(help)));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.orgwright.ui.help.HelpPage> contents =
                robot.lookup("#help-contents").queryAs(javafx.scene.control.ListView.class);
        int all = onFx(() -> contents.getItems().size());
        assertTrue(all >= 7, "the table of contents lists the pages");

        robot.interact(() -> robot.lookup("#help-search").queryAs(javafx.scene.control.TextField.class)
                .setText("dotted line"));
        List<String> found = onFx(() -> contents.getItems().stream().map(dev.orgwright.ui.help.HelpPage::title).toList());
        assertTrue(found.contains("Editing the chart") && found.size() < all, found.toString());
        assertFalse(robot.lookup(".help-match").queryAll().isEmpty(), "the paragraphs that match are marked");

        robot.interact(help::requestFocus);
        type(robot, KeyCode.ESCAPE);
        assertFalse(help.isShowing(), "Escape closes the help");
    }

    @Test
    void theCanvasTellsScreenReadersAboutTheSelectedCardAsItMoves(FxRobot robot) throws Exception {
        ChartCanvas canvas = window.canvas();
        assertEquals(javafx.scene.AccessibleRole.TREE_ITEM, canvas.getAccessibleRole());
        assertTrue(String.valueOf(spoken()).contains("nothing selected"), String.valueOf(spoken()));
        robot.interact(canvas::requestFocus);
        type(robot, KeyCode.RIGHT);
        assertEquals(onFx(() -> CardSpeech.of(model().chart(), model().validation(), CEO)), spoken());
        assertTrue(String.valueOf(spoken()).startsWith(model().chart().position(CEO).title() + ", "));
        type(robot, KeyCode.DOWN);
        PositionId first = model().chart().childrenOf(CEO).get(0);
        assertEquals(onFx(() -> CardSpeech.of(model().chart(), model().validation(), first)), spoken());
        assertTrue(String.valueOf(spoken()).contains("reports to " + model().chart().position(CEO).title()));
        assertEquals(1, (int) onFx(() -> (Integer) canvas.queryAccessibleAttribute(AccessibleAttribute.DISCLOSURE_LEVEL)));
    }

    @Test
    void theCardTheKeysActOnIsRingedWhileTheCanvasHasTheKeyboard(FxRobot robot) throws Exception {
        ChartCanvas canvas = window.canvas();
        robot.interact(canvas::requestFocus);
        type(robot, KeyCode.RIGHT);
        type(robot, KeyCode.DOWN);
        PositionId card = model().selection().orElseThrow();
        dev.orgwright.layout.Box box = onFx(() -> model().view().viewBoxOf(card).orElseThrow());
        int focused = onFx(() -> ringPixels(canvas, box));
        assertTrue(focused > 10, "a ring in the selection colour around the card the keys reached: " + focused);

        robot.interact(() -> robot.lookup(".tree-view").query().requestFocus());
        assertFalse(onFx(canvas::isFocused));
        assertEquals(0, (int) onFx(() -> ringPixels(canvas, box)), "with the keyboard elsewhere the ring goes");
        assertEquals(card, model().selection().orElseThrow(), "the selection stays");
    }

    /** The pixels in the selection colour on the line five pixels left of {@code box}, where the ring runs. */
    private static int ringPixels(ChartCanvas canvas, dev.orgwright.layout.Box box) {
        dev.orgwright.render.Rgba c = canvas.painter().theme().selection();
        javafx.scene.image.Image shot = canvas.snapshot(null, null);
        javafx.scene.paint.Color want = javafx.scene.paint.Color.rgb(c.red(), c.green(), c.blue());
        int count = 0;
        for (int y = (int) box.y(); y < box.y() + box.height(); y++) {
            for (int x = (int) box.x() - 6; x <= (int) box.x() - 4; x++) {
                javafx.scene.paint.Color p = shot.getPixelReader().getColor(x, y);
                if (Math.abs(p.getRed() - want.getRed()) + Math.abs(p.getGreen() - want.getGreen())
                        + Math.abs(p.getBlue() - want.getBlue()) < 0.15) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theShortcutSheetListsTheKeysTheMenusAnswer(FxRobot robot) throws Exception {
        MenuItem sheet = onFx(() -> ((javafx.scene.control.MenuBar) window.canvas().getScene().lookup(".menu-bar"))
                .getMenus().get(5).getItems().stream().filter(i -> "keyboard-shortcuts-item".equals(i.getId()))
                .findFirst().orElseThrow());
        robot.interact(sheet::fire);
        javafx.scene.layout.GridPane grid = robot.lookup("#shortcut-sheet").queryAs(javafx.scene.layout.GridPane.class);
        List<String> lines = onFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < grid.getChildren().size(); i += 3) {
                out.add(((javafx.scene.control.Label) grid.getChildren().get(i)).getText() + " "
                        + ((javafx.scene.control.Label) grid.getChildren().get(i + 1)).getText());
            }
            return out;
        });
        assertTrue(lines.contains("F1 Help Contents"), lines.toString());
        assertTrue(lines.contains("Insert Add Report"), lines.toString());
        assertTrue(lines.contains("F5 Present"), lines.toString());
    }

    @Test
    void aNoticeGoesWhenItsTimeIsUpButNotDuringADrag(FxRobot robot) throws Exception {
        NoticeTimer timer = window.notices();
        robot.interact(() -> model().setNotice("Copied 'CFO'"));
        assertTrue(onFx(timer::isRunning), "the notice is timed");
        robot.interact(timer::expire);
        assertNull(model().state().notice(), "its time is up: it goes");
        assertFalse(onFx(timer::isRunning));

        robot.interact(() -> {
            model().drag().begin(COO);
            model().setNotice("Place 'COO' after 'CFO'");
            timer.expire();
        });
        assertEquals("Place 'COO' after 'CFO'", model().state().notice(), "a drag's live answer stays");
        robot.interact(() -> model().drag().cancel());

        robot.interact(() -> model().setNotice("Saved."));
        robot.interact(() -> model().select(CEO));
        assertNull(model().state().notice(), "a new selection clears it at once");
    }

    @Test
    void textSizeAndHighContrastChangeTheWindowAndAreRemembered(FxRobot robot) throws Exception {
        ViewOptions view = window.viewOptions();
        double normal = onFx(view::fontSize);
        try {
            robot.interact(view::larger);
            assertTrue(onFx(view::fontSize) > normal);
            assertTrue(window.canvas().getScene().getRoot().getStyle().contains("-fx-font-size: " + view.fontSize() + "px"));
            assertEquals(2, java.util.prefs.Preferences.userNodeForPackage(ViewOptions.class).getInt(ViewOptions.SIZE_KEY, -1));

            robot.interact(() -> view.setHighContrast(true));
            assertEquals(dev.orgwright.render.Theme.HIGH_CONTRAST, onFx(() -> window.canvas().painter().theme()));
            assertTrue(window.canvas().getScene().getRoot().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        } finally {
            robot.interact(() -> {
                view.normalSize();
                view.setHighContrast(false);
            });
        }
        assertEquals(normal, onFx(view::fontSize));
        assertEquals(dev.orgwright.render.Theme.LIGHT, onFx(() -> window.canvas().painter().theme()),
                "the chart's own theme comes back");
    }
}
