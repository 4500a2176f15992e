package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.render.ColourBy;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The menus, the toolbar and the canvas's context menus of the real window, made from one list of actions. */
@ExtendWith(ApplicationExtension.class)
class WindowMenusTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainWindow window;

    @BeforeAll
    static void registerToolkit() throws TimeoutException {
        TestWindows.startToolkit();
    }

    @Start
    void start(Stage stage) {
        window = TestWindows.openOnSample(stage, dialogs);
        window.model().view().fit();
    }

    private ChartWindowModel model() {
        return window.model();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(task).get();
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private void fx(Runnable task) throws Exception {
        onFx(() -> {
            task.run();
            return null;
        });
    }

    private MenuBar menuBar(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class);
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return menuBar(robot).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    /**
     * A right-click at {@code screen}. Monocle turns a secondary click into no context-menu
     * request, so the request a desktop sends is fired at the canvas directly.
     */
    private void rightClick(FxRobot robot, Point2D screen) throws Exception {
        robot.moveTo(screen);
        fx(() -> {
            Point2D scene = window.canvas().localToScene(window.canvas().screenToLocal(screen));
            Event.fireEvent(window.canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null));
        });
    }

    /** The one context menu showing. */
    private static ContextMenu showingContextMenu() throws Exception {
        List<ContextMenu> shown = onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing()).map(ContextMenu.class::cast).toList());
        assertEquals(1, shown.size(), "context menus showing");
        return shown.get(0);
    }

    @Test
    void aRightClickOnACardSelectsItAndAddReportAddsAReportUnderIt(FxRobot robot) throws Exception {
        fx(() -> model().select(CEO));
        int size = model().chart().size();

        rightClick(robot, TestWindows.centreOf(window, CFO));

        assertEquals(CFO, model().selection().orElseThrow(), "the right-click selected the card first");
        ContextMenu shown = showingContextMenu();
        assertEquals("card-menu", shown.getId());
        assertEquals(List.of("Add Report", "Add Sibling", "Rename…", "Delete…"),
                shown.getItems().stream().limit(4).map(MenuItem::getText).toList());
        assertEquals(List.of("Insert", "Enter", "F2", "Delete"), shown.getItems().stream().limit(4)
                .map(i -> i.getAccelerator().getDisplayText()).toList(), "the keys stand in the shortcut column");
        Node addReport = robot.lookup("#context-add-report").query();

        dialogs.textAnswer = "Chief Accountant";
        robot.clickOn(addReport);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(size + 1, model().chart().size());
        Position added = model().chart().position(model().selection().orElseThrow());
        assertEquals("Chief Accountant", added.title());
        assertEquals(CFO, added.reportsTo());
    }

    @Test
    void aRightClickBesideTheCardsOffersTheViewAndKeepsTheSelection(FxRobot robot) throws Exception {
        fx(() -> model().select(CFO));
        Point2D corner = onFx(() -> window.canvas().localToScreen(4, 4));
        assertTrue(onFx(() -> model().view().cardAt(4, 4).isEmpty()), "the corner of the fitted chart is empty");

        rightClick(robot, corner);

        assertEquals("canvas-menu", showingContextMenu().getId());
        assertEquals(CFO, model().selection().orElseThrow());
        int before = onFx(() -> model().view().zoomPercent());
        robot.clickOn(robot.lookup("#context-zoom-in").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> model().view().zoomPercent()) > before, "Zoom In zoomed in");
    }

    @Test
    void theMenuKeyOpensTheSelectedCardsMenu(FxRobot robot) throws Exception {
        fx(() -> model().select(CFO));
        fx(() -> Event.fireEvent(window.canvas(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                0, 0, 0, 0, true, null)));

        assertEquals("card-menu", showingContextMenu().getId());
        assertEquals(CFO, model().selection().orElseThrow());
    }

    @Test
    void undoInTheMenuAndOnTheToolbarAreDisabledAndEnabledTogether(FxRobot robot) throws Exception {
        MenuItem undoItem = menuItem(robot, "undo-item");
        Button undoButton = robot.lookup("#tool-undo").queryButton();
        assertTrue(undoItem.isDisable() && undoButton.isDisable(), "nothing to undo yet");
        assertEquals("Undo", undoItem.getText());

        fx(() -> model().apply(Edits.setTitle(CFO, "Finance Chief")));
        assertFalse(undoItem.isDisable() || undoButton.isDisable(), "the rename can be undone");
        assertEquals(model().session().undoText(), undoItem.getText());

        robot.clickOn(undoButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chief Financial Officer", model().chart().position(CFO).title());
        assertTrue(undoItem.isDisable() && undoButton.isDisable(), "nothing left to undo");
        assertFalse(menuItem(robot, "redo-item").isDisable());
    }

    @Test
    void deleteInTheMenuAndOnTheToolbarWaitForASelection(FxRobot robot) throws Exception {
        MenuItem deleteItem = menuItem(robot, "delete-item");
        Button deleteButton = robot.lookup("#tool-delete").queryButton();
        assertTrue(deleteItem.isDisable() && deleteButton.isDisable());

        robot.clickOn(TestWindows.centreOf(window, CFO));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(deleteItem.isDisable() || deleteButton.isDisable());
    }

    @Test
    void theMenusKeepTheirItemsTextsAndShortcuts(FxRobot robot) {
        List<Menu> menus = menuBar(robot).getMenus();
        assertEquals(List.of("File", "Edit", "Chart", "Scenario", "View", "Help"), menus.stream().map(Menu::getText).toList());
        assertEquals(List.of("New", "New from \"Leadership team\" Template", "New from the Sample Chart", "-",
                "Open…", "Open Recent", "Compare with…", "Import…", "-", "Save", "Save As…", "Revert to Saved",
                "Keep the Previous Version as a Backup When Saving", "-", "Export…", "Export PowerPoint…", "Print…", "-", "Quit"),
                texts(menus.get(0)));
        assertEquals(List.of("Undo", "Redo", "-", "Cut", "Copy", "Paste", "-", "Add Report",
                "Add Sibling", "Rename…", "Delete…", "-", "Move", "-", "Find…", "-", "Preferences…"),
                texts(menus.get(1)));
        assertEquals(List.of("Properties…", "Tiers and Responsibilities…", "Theme…"), texts(menus.get(2)));
        assertEquals(List.of("Show", "-", "New Scenario from the Current State…", "New Scenario from This Scenario…",
                "Rename Scenario…", "Delete Scenario…", "Promote to Current State", "-",
                "Compare with Another Design…", "Figures Side by Side"), texts(menus.get(3)));
        assertEquals(List.of("Fit All", "Zoom to Selection", "Zoom In", "Zoom Out", "-", "Collapse or Expand", "-",
                "Rows by Depth", "Rows by Tier", "-", "Auto", "Side by Side", "Compact", "-", "Left to Right", "Views",
                "Show Only This Team", "Show Whole Chart", "-",
                "Colour by Tier", "Colour by Department", "Colour by Worst Finding", "Colour by Field", "Show Legend",
                "Show Holders on Cards", "Show Finding Badges", "-",
                "Analysis", "Accountability", "Role Charters", "Present", "-", "Text Size", "High Contrast"),
                texts(menus.get(4)));
        assertEquals(List.of("Help Contents", "Keyboard Shortcuts", "Getting Started Tour", "-", "About Orgwright"),
                texts(menus.get(5)));

        assertEquals(KeyCombination.keyCombination("Shortcut+E"), menuItem(robot, "export-item").getAccelerator());
        assertEquals(KeyCombination.keyCombination("F5"), menuItem(robot, "present-item").getAccelerator());
        KeyCombination insert = menuItem(robot, "add-report-item").getAccelerator();
        assertEquals("Insert", insert.getDisplayText(), "the menu shows the canvas's key");
        assertFalse(insert.match(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                javafx.scene.input.KeyCode.INSERT, false, false, false, false)),
                "Insert is the canvas's key: as an accelerator it would fire while the user types");
        assertTrue(menus.get(1).getItems().stream().anyMatch(i -> !i.isVisible()
                && KeyCombination.keyCombination("Shortcut+Y").equals(i.getAccelerator())), "Ctrl+Y redoes too");
        for (String id : List.of("import-item", "revert-item", "tiers-item", "compare-with-item", "keep-backup-item",
                "recent-menu")) {
            menuItem(robot, id);
        }
    }

    @Test
    void colourByFieldListsTheChartsFieldsThatAreNotPrivateAsTheyAreAndColoursByTheOneChosen(FxRobot robot)
            throws Exception {
        Menu fields = (Menu) menuItem(robot, "colour-by-field-menu");
        fx(() -> fields.getOnShowing().handle(null));
        assertEquals(List.of("No custom fields that may be shown"), texts(fields));
        assertTrue(fields.getItems().get(0).isDisable());

        fx(() -> {
            model().applyOrExplain(CustomFieldEdits.define(FieldDefinition.of("site", "Location", FieldType.TEXT, false)));
            model().applyOrExplain(CustomFieldEdits.define(FieldDefinition.of("band", "Salary band", FieldType.TEXT, true)));
        });
        robot.clickOn("View").clickOn("Colour by Field");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Location"), texts(fields), "a private field never colours a card");
        // The item itself, not a text found on screen: the inspector may show a field of that name too.
        assertEquals("colour-by-field-site-item", fields.getItems().get(0).getId());
        fx(() -> fields.getItems().get(0).fire());
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("field:Location", ThemeSettings.of(model().chart().settings()).colourBy());
        assertEquals(ColourBy.field("Location"), onFx(() -> window.canvas().painter().theme().colourBy()));
        fx(() -> fields.getOnShowing().handle(null));
        assertTrue(((RadioMenuItem) fields.getItems().get(0)).isSelected(), "the field chosen is ticked");

        fx(() -> model().undo());
        assertEquals("tier", ThemeSettings.of(model().chart().settings()).colourBy(), "one undo step");
        fx(() -> model().applyOrExplain(CustomFieldEdits.rename("site", "Office")));
        fx(() -> fields.getOnShowing().handle(null));
        assertEquals(List.of("Office"), texts(fields), "refilled from the chart's fields as they are now");
    }

    /** The visible items' texts, "-" for a separator. */
    private static List<String> texts(Menu menu) {
        return menu.getItems().stream().filter(MenuItem::isVisible)
                .map(i -> i instanceof SeparatorMenuItem ? "-" : i.getText()).toList();
    }

    /**
     * Where "+" sits decides what the keyboard sends: Shift with "=" on a US layout (and on AZERTY),
     * "+" of its own on a German one, the numpad's key on any. Each way of typing Ctrl++ or Ctrl+-
     * zooms one step, with Shift held or not.
     */
    @Test
    void zoomShortcutsWorkWhereverPlusSitsOnTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#chart-canvas");
        record Keys(String name, double factor, KeyCode... codes) {
        }
        List<Keys> typed = List.of(
                new Keys("Ctrl+=", 1.25, KeyCode.CONTROL, KeyCode.EQUALS),
                new Keys("Ctrl+Shift+= (Ctrl++ on a US keyboard)", 1.25, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS),
                new Keys("Ctrl+Plus", 1.25, KeyCode.CONTROL, KeyCode.PLUS),
                new Keys("Ctrl+Shift+Plus", 1.25, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.PLUS),
                new Keys("Ctrl+numpad plus", 1.25, KeyCode.CONTROL, KeyCode.ADD),
                new Keys("Ctrl+Minus", 0.8, KeyCode.CONTROL, KeyCode.MINUS),
                new Keys("Ctrl+Shift+Minus", 0.8, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.MINUS),
                new Keys("Ctrl+numpad minus", 0.8, KeyCode.CONTROL, KeyCode.SUBTRACT));
        for (Keys keys : typed) {
            double before = onFx(() -> model().view().viewport().scale());
            robot.press(keys.codes());
            robot.release(keys.codes());
            WaitForAsyncUtils.waitForFxEvents();
            double after = onFx(() -> model().view().viewport().scale());
            assertEquals(before * keys.factor(), after, 1e-9, keys.name() + " zooms one step");
        }
    }

    @Test
    void fitAllPutsEveryCardOfA5000PositionChartInsideTheView(FxRobot robot) throws Exception {
        dev.orgwright.model.Chart big = dev.orgwright.bench.IoBenchmark.realisticChart(5_000, new java.util.Random(7));
        robot.interact(() -> model().session().newChart(big));
        robot.clickOn("#chart-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        boolean allInside = onFx(() -> {
            double w = window.canvas().getWidth();
            double h = window.canvas().getHeight();
            for (dev.orgwright.model.Position p : model().chart().inTreeOrder()) {
                dev.orgwright.layout.Box b = model().view().viewBoxOf(p.id()).orElseThrow();
                if (b.x() < 0 || b.y() < 0 || b.right() > w || b.bottom() > h) {
                    return false;
                }
            }
            return true;
        });
        assertEquals(5_000, onFx(() -> model().chart().size()));
        assertTrue(allInside, "every card is inside the canvas after Ctrl+0");
    }
}
