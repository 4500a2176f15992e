package dev.orgwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.EditorCommands;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.export.ExportDialog;
import dev.orgwright.ui.fx.Action;
import dev.orgwright.ui.fx.MenuEntry;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The main window's list of actions, without a window: shortcuts, labels, ids and when each may run. */
class WindowActionsTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId HEAD_OF_LEGAL = PositionId.of("head-legal");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ChartWindowModel model = TestWindows.onSample(dialogs);
    private final List<String> opened = new ArrayList<>();
    private final WindowActions actions = new WindowActions(model, dialogs, null, new EditorCommands(model, dialogs),
            new ExportDialog(new EditorExportSource(model), dialogs, text -> { }), () -> opened.add("find"), () -> opened.add("present"));

    /** Every action in the menu bar, the toolbar and the context menus, each once, by id. */
    private Map<String, Action> all() {
        Map<String, Action> byId = new LinkedHashMap<>();
        Stream.of(menuBarActions(), actionsOf(actions.toolbar()), actionsOf(actions.cardMenu()),
                actionsOf(actions.backgroundMenu())).flatMap(List::stream).forEach(a -> {
                    Action known = byId.putIfAbsent(a.id(), a);
                    assertTrue(known == null || known == a, "two actions are called '" + a.id() + "'");
                });
        return byId;
    }

    private List<Action> menuBarActions() {
        return actionsOf(List.copyOf(actions.menuBar()));
    }

    private static List<Action> actionsOf(List<? extends MenuEntry> entries) {
        List<Action> found = new ArrayList<>();
        for (MenuEntry entry : entries) {
            if (entry instanceof Action a) {
                found.add(a);
            } else if (entry instanceof MenuEntry.Choice c) {
                found.add(c.action());
            } else if (entry instanceof MenuEntry.Submenu s) {
                found.addAll(actionsOf(s.entries()));
            }
        }
        return found;
    }

    private static List<String> idsOf(List<? extends MenuEntry> entries) {
        List<String> ids = new ArrayList<>();
        for (MenuEntry entry : entries) {
            ids.add(entry.id());
            if (entry instanceof MenuEntry.Submenu s) {
                ids.addAll(idsOf(s.entries()));
            }
        }
        return ids;
    }

    private Action action(String id) {
        Action a = all().get(id);
        assertNotNull(a, "no action '" + id + "'");
        return a;
    }

    private MenuEntry.Choice choice(String id) {
        return actions.menuBar().stream().flatMap(m -> m.entries().stream())
                .filter(e -> e instanceof MenuEntry.Choice c && c.id().equals(id))
                .map(MenuEntry.Choice.class::cast).findFirst().orElseThrow();
    }

    @Test
    void noTwoActionsShareAShortcutOrACanvasKey() {
        Map<KeyCombination, String> shortcuts = new HashMap<>();
        Map<String, String> canvasKeys = new HashMap<>();
        for (Action a : all().values()) {
            for (String s : a.shortcuts()) {
                String other = shortcuts.put(KeyCombination.keyCombination(s), a.id());
                assertTrue(other == null, s + " is the shortcut of both '" + other + "' and '" + a.id() + "'");
            }
            if (a.canvasKey() != null) {
                String other = canvasKeys.put(a.canvasKey(), a.id());
                assertTrue(other == null, a.canvasKey() + " is the key of both '" + other + "' and '" + a.id() + "'");
            }
        }
    }

    /**
     * A shortcut that ignores Shift (the zoom keys) would also answer another action's Shift
     * shortcut of the same key: each key pressed with any of the modifiers is answered by one
     * action at most.
     */
    @Test
    void noKeyPressIsTheShortcutOfTwoActions() {
        List<Boolean> states = List.of(false, true);
        for (Action a : all().values()) {
            for (String s : a.shortcuts()) {
                javafx.scene.input.KeyCode code = ((javafx.scene.input.KeyCodeCombination) KeyCombination.keyCombination(s)).getCode();
                for (boolean shift : states) {
                    for (boolean ctrl : states) {
                        for (boolean alt : states) {
                            for (boolean meta : states) {
                                javafx.scene.input.KeyEvent press = new javafx.scene.input.KeyEvent(
                                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, alt, meta);
                                List<String> answering = all().values().stream()
                                        .filter(b -> b.shortcuts().stream().anyMatch(k -> KeyCombination.keyCombination(k).match(press)))
                                        .map(Action::id).toList();
                                assertTrue(answering.size() <= 1, press + " is answered by " + answering);
                            }
                        }
                    }
                }
            }
        }
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        javafx.scene.input.KeyEvent ctrlPlusOnAUsKeyboard = new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "+", "=", javafx.scene.input.KeyCode.EQUALS, true, !mac, false, mac);
        assertTrue(action("zoom-in").shortcuts().stream().anyMatch(k -> KeyCombination.keyCombination(k).match(ctrlPlusOnAUsKeyboard)));
    }

    @Test
    void theShortcutsUsersKnowAreKept() {
        Map<String, String> expected = Map.ofEntries(Map.entry("new", "Shortcut+N"),
                Map.entry("new-from-template", "Shortcut+Shift+N"), Map.entry("open", "Shortcut+O"),
                Map.entry("import", "Shortcut+I"), Map.entry("save", "Shortcut+S"),
                Map.entry("save-as", "Shortcut+Shift+S"), Map.entry("export", "Shortcut+E"),
                Map.entry("print", "Shortcut+P"), Map.entry("quit", "Shortcut+Q"), Map.entry("undo", "Shortcut+Z"),
                Map.entry("redo", "Shortcut+Shift+Z"), Map.entry("cut", "Shortcut+X"), Map.entry("copy", "Shortcut+C"),
                Map.entry("paste", "Shortcut+V"), Map.entry("find", "Shortcut+F"), Map.entry("fit", "Shortcut+0"),
                Map.entry("zoom-to-selection", "Shortcut+Shift+0"), Map.entry("zoom-in", "Shortcut+Ignore Shift+Plus"),
                Map.entry("zoom-out", "Shortcut+Ignore Shift+Minus"), Map.entry("present", "F5"),
                Map.entry("analysis", "Shortcut+Shift+A"), Map.entry("help-contents", "F1"),
                Map.entry("move-earlier", "Alt+Left"), Map.entry("move-later", "Alt+Right"),
                Map.entry("move-up-level", "Alt+Up"), Map.entry("move-under-previous", "Alt+Down"));
        Map<String, String> actual = new HashMap<>();
        all().values().forEach(a -> a.shortcut().ifPresent(s -> actual.put(a.id(), s)));
        assertEquals(expected, actual);
        // Zooming works on every keyboard layout: Ctrl+= where + needs Shift (held or not), and the numeric keypad.
        assertEquals(List.of("Shortcut+Ignore Shift+Plus", "Shortcut+Ignore Shift+Equals", "Shortcut+Ignore Shift+Add"),
                all().get("zoom-in").shortcuts());
        assertEquals(List.of("Shortcut+Ignore Shift+Minus", "Shortcut+Ignore Shift+Subtract"),
                all().get("zoom-out").shortcuts());
        String shown = KeyCombination.keyCombination(all().get("zoom-in").shortcuts().get(0)).getDisplayText();
        assertTrue(shown.endsWith("+") && !shown.contains("Shift"), "the menus show Ctrl++, not " + shown);
    }

    @Test
    void everyActionHasALabelAndIsInTheMenuBar() {
        List<Action> inMenus = menuBarActions();
        for (Action a : all().values()) {
            assertFalse(a.text().isBlank(), "'" + a.id() + "' has no label");
            assertTrue(inMenus.contains(a), "'" + a.id() + "' is on the toolbar or a context menu but in no menu");
        }
        List<String> ids = idsOf(actions.menuBar()).stream().filter(id -> !id.equals("separator")).toList();
        assertEquals(ids.stream().distinct().toList(), ids, "an entry is in the menus twice");
    }

    @Test
    void theIdsThatNameTheControlsAreKept() {
        List<String> ids = idsOf(actions.menuBar());
        for (String id : List.of("undo", "redo", "import", "revert", "tiers", "present", "compare-with", "recent",
                "keep-backup")) {
            assertTrue(ids.contains(id), id + " is missing from " + ids);
        }
        assertEquals(List.of("new", "open", "save", "separator", "undo", "redo", "separator", "add-report",
                "add-sibling", "delete", "separator", "zoom-in", "zoom-out", "fit", "find"), idsOf(actions.toolbar()));
    }

    @Test
    void everyToolbarButtonHasAnIconAndATooltipNamingItsKey() {
        for (Action a : actionsOf(actions.toolbar())) {
            assertNotNull(a.icon(), a.id());
            String key = a.canvasKey() != null ? new dev.orgwright.ui.fx.KeyHint(a.canvasKey()).getDisplayText()
                    : a.shortcut().orElseThrow()
                    .replace("Shortcut+", "Ctrl+").replace("Ignore Shift+", "").replace("Plus", "+").replace("Minus", "-");
            assertTrue(a.tooltip().endsWith("(" + key + ")"), a.tooltip() + " should name " + key);
        }
    }

    @Test
    void undoAndRedoFollowTheHistoryAndNameTheEdit() {
        Action undo = action("undo");
        Action redo = action("redo");
        assertFalse(undo.isEnabled());
        assertFalse(redo.isEnabled());
        assertEquals("Undo", undo.text());

        model.apply(Edits.setTitle(CFO, "Finance Chief"));
        assertTrue(undo.isEnabled());
        assertEquals(model.session().undoText(), undo.text());
        assertTrue(undo.text().startsWith("Undo ") && undo.text().length() > "Undo ".length(), undo.text());

        undo.run();
        assertEquals("Chief Financial Officer", model.chart().position(CFO).title());
        assertFalse(undo.isEnabled());
        assertTrue(redo.isEnabled());
        assertEquals(List.of("Shortcut+Shift+Z", "Shortcut+Y"), redo.shortcuts());
    }

    @Test
    void commandsOnThePositionWaitForASelection() {
        List<String> needSelection = List.of("add-sibling", "rename", "delete", "cut", "copy", "zoom-to-selection",
                "collapse");
        needSelection.forEach(id -> assertFalse(action(id).isEnabled(), id + " with nothing selected"));
        assertTrue(action("add-report").isEnabled(), "with nothing selected, a report is a new top position");
        assertTrue(action("paste").isEnabled());

        model.select(CEO);
        needSelection.forEach(id -> assertTrue(action(id).isEnabled(), id + " with the CEO selected"));

        model.select(HEAD_OF_LEGAL);
        assertFalse(action("collapse").isEnabled(), "a position without reports has nothing to collapse");
        assertTrue(action("delete").isEnabled());
    }

    @Test
    void aDisabledActionDoesNothingWhenRun() {
        var before = model.chart();
        // Its command would add a top-level position with nothing selected, as the Enter key does.
        action("add-sibling").run();
        assertSame(before, model.chart());
    }

    @Test
    void revertWaitsForUnsavedChangesToASavedFile() {
        Action revert = action("revert");
        model.apply(Edits.setTitle(CFO, "Finance Chief"));
        assertTrue(model.session().isDirty());
        assertFalse(revert.isEnabled(), "the sample has no file to go back to");
    }

    @Test
    void theLayoutChoicesShowAndChangeTheModelsOptions() {
        MenuEntry.Choice byDepth = choice("rows-by-depth");
        MenuEntry.Choice byTier = choice("rows-by-tier");
        MenuEntry.Choice auto = choice("layout-auto");
        MenuEntry.Choice sideBySide = choice("layout-side-by-side");
        MenuEntry.Choice compact = choice("compact");
        MenuEntry.Choice leftToRight = choice("left-to-right");
        assertEquals(byDepth.group(), byTier.group());
        assertEquals(auto.group(), compact.group());
        assertEquals(auto.group(), sideBySide.group());
        assertTrue(byDepth.selectedWhen().getAsBoolean() && auto.selectedWhen().getAsBoolean(),
                "a new window lays out automatically, rows by depth");
        assertFalse(byTier.selectedWhen().getAsBoolean() || compact.selectedWhen().getAsBoolean()
                || sideBySide.selectedWhen().getAsBoolean() || leftToRight.selectedWhen().getAsBoolean());

        byTier.action().run();
        compact.action().run();
        leftToRight.action().run();

        assertEquals(LayoutOptions.AUTO.withRows(LayoutOptions.Rows.BY_TIER).withCompact(true)
                .withOrientation(LayoutOptions.Orientation.LEFT_RIGHT), model.layoutOptions());
        assertTrue(byTier.selectedWhen().getAsBoolean() && compact.selectedWhen().getAsBoolean()
                && leftToRight.selectedWhen().getAsBoolean());
        assertFalse(byDepth.selectedWhen().getAsBoolean() || auto.selectedWhen().getAsBoolean());

        sideBySide.action().run();
        assertEquals(LayoutOptions.Mode.TIDY, model.layoutOptions().mode(), "the three layouts are one choice");
        assertFalse(compact.selectedWhen().getAsBoolean());
        leftToRight.action().run();
        assertEquals(LayoutOptions.Orientation.TOP_DOWN, model.layoutOptions().orientation(),
                "a check item turns its option off again");
    }

    @Test
    void findAndPresentOpenTheWindowsParts() {
        action("find").run();
        action("present").run();
        assertEquals(List.of("find", "present"), opened);
    }

    @Test
    void theCardMenuOffersTheCommandsOfAPosition() {
        assertEquals(List.of("add-report", "add-sibling", "rename", "delete", "separator", "cut", "copy", "paste",
                "separator", "collapse", "zoom-to-selection", "show-team"), idsOf(actions.cardMenu()));
        assertEquals(List.of("Add Report", "Add Sibling", "Rename…", "Delete…"),
                actionsOf(actions.cardMenu()).stream().limit(4).map(Action::text).collect(Collectors.toList()));
        assertEquals(List.of("INSERT", "ENTER", "F2", "DELETE"), actionsOf(actions.cardMenu()).stream().limit(4)
                .map(Action::canvasKey).collect(Collectors.toList()), "the keys are the canvas's, shown beside the label");
    }
}
