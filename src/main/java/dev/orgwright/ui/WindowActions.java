package dev.orgwright.ui;

import static dev.orgwright.ui.fx.MenuEntry.SEPARATOR;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.LayoutOptions.Orientation;
import dev.orgwright.layout.LayoutOptions.Rows;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Messages;
import dev.orgwright.model.Templates;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.ui.compare.CompareWindow;
import dev.orgwright.ui.document.BackupOption;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.ClipboardCommands;
import dev.orgwright.ui.editor.EditorCommands;
import dev.orgwright.ui.editor.EditorExportSource;
import dev.orgwright.ui.editor.ScenarioCommands;
import dev.orgwright.ui.editor.ViewCommands;
import dev.orgwright.ui.export.ChartPrinter;
import dev.orgwright.ui.export.ExportDialog;
import dev.orgwright.ui.fx.Action;
import dev.orgwright.ui.fx.AppInfo;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.Icons;
import dev.orgwright.ui.fx.LanguagePreference;
import dev.orgwright.ui.fx.MenuEntry;
import dev.orgwright.ui.fx.MenuEntry.Choice;
import dev.orgwright.ui.fx.MenuEntry.Submenu;
import dev.orgwright.ui.fx.Texts;
import dev.orgwright.ui.help.HelpWindow;
import dev.orgwright.ui.help.ShortcutSheet;
import dev.orgwright.ui.help.Tour;
import dev.orgwright.ui.importing.ImportDialog;
import dev.orgwright.ui.panels.AnalysisPane;
import dev.orgwright.ui.panels.ChartPropertiesDialog;
import dev.orgwright.ui.panels.ScenarioFiguresPane;
import dev.orgwright.ui.panels.ThemeEditor;
import dev.orgwright.ui.panels.ThemeEditorModel;
import dev.orgwright.ui.panels.TierEditor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/**
 * Every command of the main window, declared once with its label, shortcut, icon and when it may
 * run. The menu bar, the toolbar and the canvas's context menus are lists of these, which
 * {@link dev.orgwright.ui.fx.ActionControls} turns into controls.
 */
final class WindowActions {

    /** Zoom In: "+" wherever it sits, "=" (its key on a US keyboard) and the numeric keypad's, with Shift or without. */
    static final String[] ZOOM_IN_KEYS = {"Shortcut+Ignore Shift+Plus", "Shortcut+Ignore Shift+Equals",
        "Shortcut+Ignore Shift+Add"};
    /** Zoom Out: "-" of the main row (Shift or not) and of the numeric keypad. */
    static final String[] ZOOM_OUT_KEYS = {"Shortcut+Ignore Shift+Minus", "Shortcut+Ignore Shift+Subtract"};

    private final ChartWindowModel model;

    private final Action newChart;
    private final Action newFromTemplate;
    private final Action newFromSample;
    private final Action open;
    private final MenuEntry.Refilled recent;
    private final Action compare;
    private final Action importCsv;
    private final Action save;
    private final Action saveAs;
    private final Action revert;
    private final MenuEntry.Prebuilt keepBackup;
    private final Action export;
    private final Action exportDeck;
    private final Action print;
    private final Action quit;

    private final Action undo;
    private final Action redo;
    private final Action cut;
    private final Action copy;
    private final Action paste;
    private final Action addReport;
    private final Action addSibling;
    private final Action rename;
    private final Action delete;
    private final Action find;
    private final Action preferences;
    private final Action moveEarlier;
    private final Action moveLater;
    private final Action moveUpLevel;
    private final Action moveUnderPrevious;
    private final Action tiers;
    private final Action properties;
    private final Action theme;
    private final Choice colourByTier;
    private final Choice colourByDepartment;
    private final Choice colourBySeverity;
    private final MenuEntry.Refilled colourByField;
    private final Choice showLegend;
    private final Action analysis;
    private final Action accountability;
    private final Action charters;

    private final Action fit;
    private final Action zoomToSelection;
    private final Action zoomIn;
    private final Action zoomOut;
    private final Action collapse;
    private final Choice rowsByDepth;
    private final Choice rowsByTier;
    private final Choice auto;
    private final Choice sideBySide;
    private final Choice compact;
    private final Choice leftToRight;
    private final Action present;
    private final Choice showHolders;
    private final Choice showBadges;
    private final Action showTeam;
    private final Action showWholeChart;
    private final ViewCommands viewCommands;
    private final MenuEntry.Refilled views;

    private final ScenarioCommands scenarioCommands;
    private final MenuEntry.Refilled designs;
    private final Action newScenario;
    private final Action newScenarioFromShown;
    private final Action renameScenario;
    private final Action deleteScenario;
    private final Action promoteScenario;
    private final Action compareDesigns;
    private final Action scenarioFigures;

    private final Action about;
    private final Action help;
    private final Action shortcuts;
    private final Action tour;
    private final Action largerText;
    private final Action smallerText;
    private final Action normalText;
    private final Choice highContrast;

    /**
     * The actions of a window showing {@code model}; dialogs open over {@code owner}. The search
     * bar and presentation mode are parts of the window, which gives the commands that open them.
     */
    WindowActions(ChartWindowModel model, Dialogs dialogs, Window owner, EditorCommands commands,
                  ExportDialog exportDialog, Runnable openSearch, Runnable startPresentation) {
        this(model, dialogs, owner, commands, exportDialog, openSearch, startPresentation, null);
    }

    /** As above, with the reader's text size and contrast ({@code view}; null: those entries stay off). */
    WindowActions(ChartWindowModel model, Dialogs dialogs, Window owner, EditorCommands commands,
                  ExportDialog exportDialog, Runnable openSearch, Runnable startPresentation, ViewOptions view) {
        this.model = model;
        ClipboardCommands clipboard = new ClipboardCommands(model, dialogs);
        ChartPrinter printer = new ChartPrinter(new EditorExportSource(model), dialogs, PrinterJob::createPrinterJob);
        BooleanSupplier selected = () -> model.selection().isPresent();

        newChart = Action.of("new", Texts.t("menu.new"), () -> model.session().newChart(MainWindow.blankChart()))
                .withShortcuts("Shortcut+N").withIcon(Icons.NEW, Texts.t("menu.tooltip.new"));
        newFromTemplate = Action.of("new-from-template", Texts.t("menu.new-from-template"),
                () -> model.session().newChart(Templates.leadershipTeamStarter(Messages.locale())))
                .withShortcuts("Shortcut+Shift+N");
        newFromSample = Action.of("new-from-sample", Texts.t("menu.new-from-sample"),
                () -> model.session().newChart(SampleCharts.leadershipTeam()));
        open = Action.of("open", Texts.t("menu.open"), model.session()::openChosenFile)
                .withShortcuts("Shortcut+O").withIcon(Icons.OPEN, Texts.t("menu.tooltip.open"));
        recent = new MenuEntry.Refilled("recent", Texts.t("menu.recent"), this::recentFiles);
        compare = Action.of("compare-with", Texts.t("menu.compare-with"), () -> dialogs.chooseChartToOpen()
                .ifPresent(path -> CompareWindow.open(owner, path, model.chart(), dialogs)));
        importCsv = Action.of("import", Texts.t("menu.import"), () -> ImportDialog.chooseAndShow(owner, dialogs, model))
                .withShortcuts("Shortcut+I");
        save = Action.of("save", Texts.t("menu.save"), model.session()::save).withShortcuts("Shortcut+S").withIcon(Icons.SAVE, Texts.t("menu.tooltip.save"));
        saveAs = Action.of("save-as", Texts.t("menu.save-as"), model.session()::saveAs).withShortcuts("Shortcut+Shift+S");
        revert = Action.of("revert", Texts.t("menu.revert"), model.session()::revert)
                .onlyWhen(() -> model.session().file().isPresent() && model.session().isDirty());
        // The option remembers the user's choice itself, and sets the model's policy from it.
        keepBackup = new MenuEntry.Prebuilt("keep-backup", () -> BackupOption.menuItem(model.session()));
        export = Action.of("export", Texts.t("menu.export"), () -> exportDialog.show(owner)).withShortcuts("Shortcut+E");
        exportDeck = Action.of("export-deck", Texts.t("menu.export-deck"),
                () -> exportDialog.show(owner, dev.orgwright.ui.export.ExportFormat.PPTX));
        print = Action.of("print", Texts.t("menu.print"), () -> printer.print(owner, exportDialog.settings()))
                .withShortcuts("Shortcut+P");
        quit = Action.of("quit", Texts.t("menu.quit"), () -> {
            if (model.session().confirmDiscardingChanges()) {
                Platform.exit();
            }
        }).withShortcuts("Shortcut+Q");

        undo = Action.of("undo", Texts.t("menu.undo"), model::undo).withLabel(model.session()::undoText).onlyWhen(model.session()::canUndo)
                .withShortcuts("Shortcut+Z").withIcon(Icons.UNDO, Texts.t("menu.tooltip.undo"));
        redo = Action.of("redo", Texts.t("menu.redo"), model::redo).withLabel(model.session()::redoText).onlyWhen(model.session()::canRedo)
                .withShortcuts("Shortcut+Shift+Z", "Shortcut+Y").withIcon(Icons.REDO, Texts.t("menu.tooltip.redo"));
        cut = Action.of("cut", Texts.t("menu.cut"), clipboard::cut).withShortcuts("Shortcut+X").onlyWhen(selected);
        copy = Action.of("copy", Texts.t("menu.copy"), clipboard::copy).withShortcuts("Shortcut+C").onlyWhen(selected);
        paste = Action.of("paste", Texts.t("menu.paste"), clipboard::paste).withShortcuts("Shortcut+V");
        // Insert, Enter, F2 and Delete are keys of the canvas, not accelerators: as accelerators
        // they would fire while the user types in the inspector.
        addReport = Action.of("add-report", Texts.t("menu.add-report"), commands::addReport).withCanvasKey("INSERT")
                .withIcon(Icons.ADD_REPORT, Texts.t("menu.tooltip.add-report"));
        addSibling = Action.of("add-sibling", Texts.t("menu.add-sibling"), commands::addSibling).withCanvasKey("ENTER")
                .onlyWhen(selected).withIcon(Icons.ADD_SIBLING, Texts.t("menu.tooltip.add-sibling"));
        rename = Action.of("rename", Texts.t("menu.rename"), commands::renameSelected).withCanvasKey("F2").onlyWhen(selected);
        delete = Action.of("delete", Texts.t("menu.delete"), commands::deleteSelected).withCanvasKey("DELETE").onlyWhen(selected)
                .withIcon(Icons.DELETE, Texts.t("menu.tooltip.delete"));
        // Moving by keyboard, as an outliner does: Alt with the arrows, which the canvas leaves to the menus.
        moveEarlier = Action.of("move-earlier", Texts.t("a11y.menu.moveEarlier"), () -> commands.moveAmongSiblings(-1))
                .withShortcuts("Alt+Left").onlyWhen(selected);
        moveLater = Action.of("move-later", Texts.t("a11y.menu.moveLater"), () -> commands.moveAmongSiblings(1))
                .withShortcuts("Alt+Right").onlyWhen(selected);
        moveUpLevel = Action.of("move-up-level", Texts.t("a11y.menu.moveUpLevel"), commands::moveUpALevel)
                .withShortcuts("Alt+Up").onlyWhen(() -> model.selection()
                        .filter(id -> model.chart().position(id).reportsTo() != null).isPresent());
        moveUnderPrevious = Action.of("move-under-previous", Texts.t("a11y.menu.moveUnderPrevious"),
                commands::moveUnderPreviousSibling).withShortcuts("Alt+Down").onlyWhen(() -> model.selection()
                        .filter(id -> model.chart().siblingsOf(id).indexOf(id) > 0).isPresent());
        find = Action.of("find", Texts.t("menu.find"), openSearch).withShortcuts("Shortcut+F")
                .withIcon(Icons.FIND, Texts.t("menu.tooltip.find"));
        preferences = Action.of("preferences", Texts.t("menu.preferences"),
                () -> new PreferencesDialog(LanguagePreference.forUser()).show(owner));
        tiers = Action.of("tiers", Texts.t("menu.tiers"), () -> new TierEditor(model, dialogs).show(owner));
        properties = Action.of("chart-properties", Texts.t("menu.chart-properties"), () -> new ChartPropertiesDialog(model).show(owner));
        theme = Action.of("chart-theme", Texts.t("menu.chart-theme"), () -> new ThemeEditor(model, dialogs).show(owner));
        colourByTier = colourBy("colour-by-tier", Texts.t("menu.colour-by-tier"), "tier");
        colourByDepartment = colourBy("colour-by-department", Texts.t("menu.colour-by-department"), "department");
        colourBySeverity = colourBy("colour-by-severity", Texts.t("menu.colour-by-severity"), "severity");
        colourByField = new MenuEntry.Refilled("colour-by-field", Texts.t("menu.colour-by-field"), this::fieldColourings);
        // The legend is part of the view shown (saved in views); a chart whose theme has none gets one back as before.
        showLegend = new Choice(Action.of("show-legend", Texts.t("menu.show-legend"), this::toggleLegend),
                this::legendShown, null);
        showHolders = new Choice(Action.of("show-holders", Texts.t("views.menu.showHolders"),
                () -> model.setHidden(ChartWindowModel.HOLDERS, !model.hides(ChartWindowModel.HOLDERS))),
                () -> !model.hides(ChartWindowModel.HOLDERS), null);
        showBadges = new Choice(Action.of("show-badges", Texts.t("views.menu.showBadges"),
                () -> model.setHidden(ChartWindowModel.BADGES, !model.hides(ChartWindowModel.BADGES))),
                () -> !model.hides(ChartWindowModel.BADGES), null);
        showTeam = Action.of("show-team", Texts.t("views.menu.showTeam"),
                () -> model.selection().ifPresent(model::showTeam))
                .onlyWhen(() -> model.selection().filter(id -> !id.equals(model.shownRoot().orElse(null))).isPresent());
        showWholeChart = Action.of("show-whole-chart", Texts.t("views.menu.showWhole"), () -> model.showTeam(null))
                .onlyWhen(() -> model.shownRoot().isPresent());

        fit = Action.of("fit", Texts.t("menu.fit"), model.view()::fit).withShortcuts("Shortcut+0")
                .withIcon(Icons.FIT, Texts.t("menu.tooltip.fit"));
        zoomToSelection = Action.of("zoom-to-selection", Texts.t("menu.zoom-to-selection"), commands::zoomToSelection)
                .withShortcuts("Shortcut+Shift+0").onlyWhen(selected);
        // Where "+" needs Shift (Shift+= on a US or AZERTY keyboard), Ctrl++ arrives with Shift down, which a
        // plain "Shortcut+Equals" refuses: the zoom keys ignore Shift, and no other shortcut uses them with it.
        zoomIn = Action.of("zoom-in", Texts.t("menu.zoom-in"), () -> model.view().zoomSteps(1))
                .withShortcuts(ZOOM_IN_KEYS).withIcon(Icons.ZOOM_IN, Texts.t("menu.tooltip.zoom-in"));
        zoomOut = Action.of("zoom-out", Texts.t("menu.zoom-out"), () -> model.view().zoomSteps(-1))
                .withShortcuts(ZOOM_OUT_KEYS).withIcon(Icons.ZOOM_OUT, Texts.t("menu.tooltip.zoom-out"));
        collapse = Action.of("collapse", Texts.t("menu.collapse"), commands::toggleCollapsedSelection)
                .onlyWhen(() -> model.selection().filter(id -> !model.chart().childrenOf(id).isEmpty()).isPresent());
        rowsByDepth = rows("rows-by-depth", Texts.t("menu.rows-by-depth"), Rows.BY_DEPTH);
        rowsByTier = rows("rows-by-tier", Texts.t("menu.rows-by-tier"), Rows.BY_TIER);
        auto = mode("layout-auto", Texts.t("menu.layout-auto"), LayoutOptions.Mode.AUTO);
        sideBySide = mode("layout-side-by-side", Texts.t("menu.layout-side-by-side"), LayoutOptions.Mode.TIDY);
        compact = mode("compact", Texts.t("menu.compact"), LayoutOptions.Mode.COMPACT);
        leftToRight = layoutChoice("left-to-right", Texts.t("menu.left-to-right"), o -> o.orientation() == Orientation.LEFT_RIGHT,
                o -> o.withOrientation(o.orientation() == Orientation.LEFT_RIGHT ? Orientation.TOP_DOWN
                        : Orientation.LEFT_RIGHT));
        present = Action.of("present", Texts.t("menu.present"), startPresentation).withShortcuts("F5");
        viewCommands = new ViewCommands(model, dialogs);
        views = new MenuEntry.Refilled("views", Texts.t("views.menu"), this::viewEntries);
        analysis = Action.of("analysis", Texts.t("menu.analysis"), () -> new AnalysisPane(model, dialogs).show(owner))
                .withShortcuts("Shortcut+Shift+A");
        accountability = Action.of("accountability", Texts.t("menu.accountability"),
                () -> new dev.orgwright.ui.panels.AccountabilityPane(model).show(owner));
        charters = Action.of("charters", Texts.t("menu.charters"),
                () -> new dev.orgwright.ui.panels.CharterView(model, dialogs, PrinterJob::createPrinterJob).show(owner));

        scenarioCommands = new ScenarioCommands(model, dialogs);
        BooleanSupplier scenarioShown = scenarioCommands::isScenarioShown;
        designs = new MenuEntry.Refilled("scenario-designs", Texts.t("menu.scenario-designs"), this::designEntries);
        newScenario = Action.of("new-scenario", Texts.t("menu.new-scenario"),
                () -> scenarioCommands.newScenario(false));
        newScenarioFromShown = Action.of("new-scenario-from-shown", Texts.t("menu.new-scenario-from-shown"),
                () -> scenarioCommands.newScenario(true)).onlyWhen(scenarioShown);
        renameScenario = Action.of("rename-scenario", Texts.t("menu.rename-scenario"), scenarioCommands::renameShown)
                .onlyWhen(scenarioShown);
        deleteScenario = Action.of("delete-scenario", Texts.t("menu.delete-scenario"), scenarioCommands::deleteShown)
                .onlyWhen(scenarioShown);
        promoteScenario = Action.of("promote-scenario", Texts.t("menu.promote-scenario"), scenarioCommands::promoteShown)
                .onlyWhen(scenarioShown);
        compareDesigns = Action.of("compare-designs", Texts.t("menu.compare-designs"), () -> scenarioCommands
                .chooseComparison().ifPresent(c -> CompareWindow.show(owner, c.old(), c.proposed(),
                        Texts.t("menu.compare", c.oldName(), c.proposedName()), dialogs)));
        scenarioFigures = Action.of("scenario-figures", Texts.t("menu.scenario-figures"),
                () -> new ScenarioFiguresPane(model).show(owner));

        about = Action.of("about", Texts.t("menu.about", AppInfo.NAME), () -> dialogs.showAbout(AppInfo.NAME, AppInfo.version()));
        help = Action.of("help-contents", Texts.t("help.menu.contents"), () -> HelpWindow.show(owner)).withShortcuts("F1");
        shortcuts = Action.of("keyboard-shortcuts", Texts.t("help.menu.shortcuts"),
                () -> ShortcutSheet.show(owner, menuBar()));
        tour = Action.of("tour", Texts.t("help.menu.tour"), () -> {
            if (owner != null) {
                new Tour(owner, java.util.prefs.Preferences.userNodeForPackage(Tour.class)).start();
            }
        });
        BooleanSupplier hasView = () -> view != null;
        largerText = Action.of("text-larger", Texts.t("a11y.menu.larger"), () -> view.larger())
                .onlyWhen(() -> view != null && view.canEnlarge());
        smallerText = Action.of("text-smaller", Texts.t("a11y.menu.smaller"), () -> view.smaller())
                .onlyWhen(() -> view != null && view.canShrink());
        normalText = Action.of("text-normal", Texts.t("a11y.menu.normal"), () -> view.normalSize())
                .onlyWhen(() -> view != null && !view.isNormalSize());
        highContrast = new Choice(Action.of("high-contrast", Texts.t("a11y.menu.highContrast"),
                () -> view.setHighContrast(!view.isHighContrast())).onlyWhen(hasView),
                () -> view != null && view.isHighContrast(), null);
    }

    /** File, Edit, Chart, Scenario, View and Help. */
    List<Submenu> menuBar() {
        return List.of(
                new Submenu("file", Texts.t("menu.file"), List.of(newChart, newFromTemplate, newFromSample, SEPARATOR,
                        open, recent, compare, importCsv, SEPARATOR, save, saveAs, revert, keepBackup, SEPARATOR,
                        export, exportDeck, print, SEPARATOR, quit)),
                new Submenu("edit", Texts.t("menu.edit"), List.of(undo, redo, SEPARATOR, cut, copy, paste, SEPARATOR,
                        addReport, addSibling, rename, delete, SEPARATOR,
                        new Submenu("move", Texts.t("a11y.menu.move"),
                                List.of(moveEarlier, moveLater, moveUpLevel, moveUnderPrevious)),
                        SEPARATOR, find, SEPARATOR, preferences)),
                new Submenu("chart", Texts.t("menu.chart"), List.of(properties, tiers, theme)),
                new Submenu("scenario", Texts.t("menu.scenario"), List.of(designs, SEPARATOR, newScenario, newScenarioFromShown,
                        renameScenario, deleteScenario, promoteScenario, SEPARATOR, compareDesigns, scenarioFigures)),
                new Submenu("view", Texts.t("menu.view"), List.of(fit, zoomToSelection, zoomIn, zoomOut, SEPARATOR, collapse,
                        SEPARATOR, rowsByDepth, rowsByTier, SEPARATOR, auto, sideBySide, compact, SEPARATOR, leftToRight,
                        views, showTeam, showWholeChart, SEPARATOR, colourByTier, colourByDepartment, colourBySeverity,
                        colourByField, showLegend, showHolders, showBadges,
                        SEPARATOR, analysis, accountability, charters, present, SEPARATOR,
                        new Submenu("text-size", Texts.t("a11y.menu.textSize"), List.of(largerText, smallerText, normalText)),
                        highContrast)),
                new Submenu("help", Texts.t("menu.help"), List.of(help, shortcuts, tour, SEPARATOR, about)));
    }

    /** The commands used most, as icons with tooltips that name their keys. */
    List<MenuEntry> toolbar() {
        return List.of(newChart, open, save, SEPARATOR, undo, redo, SEPARATOR, addReport, addSibling, delete,
                SEPARATOR, zoomIn, zoomOut, fit, find);
    }

    /** What a right-click on a card offers; the click selects the card first. */
    List<MenuEntry> cardMenu() {
        return List.of(addReport, addSibling, rename, delete, SEPARATOR, cut, copy, paste, SEPARATOR,
                collapse, zoomToSelection, showTeam);
    }

    /** What a right-click beside the cards offers. */
    List<MenuEntry> backgroundMenu() {
        return List.of(fit, zoomIn, zoomOut, showWholeChart);
    }

    /** Whether the canvas shows the legend: the chart's theme has one and the view shown does not leave it out. */
    private boolean legendShown() {
        return ThemeSettings.of(model.chart().settings()).legend() && !model.hides(ChartWindowModel.LEGEND);
    }

    /**
     * Hides the legend in the view shown, or shows it again: the view stops leaving it out, and a
     * chart whose theme has no legend is given one (an edit, as Chart → Theme makes it).
     */
    private void toggleLegend() {
        if (legendShown()) {
            model.setHidden(ChartWindowModel.LEGEND, true);
            return;
        }
        model.setHidden(ChartWindowModel.LEGEND, false);
        if (!ThemeSettings.of(model.chart().settings()).legend()) {
            new ThemeEditorModel(model).setLegend(true);
        }
    }

    /** The toolbar's choice of design, driven by the same commands as the Scenario menu. */
    ScenarioCommands scenarioCommands() {
        return scenarioCommands;
    }

    /** View → Views: each saved view (the one shown ticked), then saving and deleting views. */
    private List<MenuEntry> viewEntries() {
        List<MenuEntry> entries = new ArrayList<>();
        List<dev.orgwright.model.SavedView> saved = viewCommands.views();
        for (int i = 0; i < saved.size(); i++) {
            String name = saved.get(i).name();
            entries.add(new Choice(Action.of("show-view-" + i, name, () -> viewCommands.show(name)),
                    () -> viewCommands.isShown(name), "saved-view"));
        }
        if (saved.isEmpty()) {
            entries.add(Action.of("no-views", Texts.t("views.menu.none"), () -> { }).onlyWhen(() -> false));
        }
        entries.add(SEPARATOR);
        entries.add(Action.of("save-view", Texts.t("views.menu.save"), viewCommands::saveCurrentAs));
        entries.add(Action.of("delete-view", Texts.t("views.menu.delete"), viewCommands::delete)
                .onlyWhen(() -> !viewCommands.views().isEmpty()));
        return entries;
    }

    /** Scenario → Show: the current state and each scenario, the one shown ticked. */
    private List<MenuEntry> designEntries() {
        List<MenuEntry> entries = new ArrayList<>();
        List<String> names = scenarioCommands.designNames();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            entries.add(new Choice(Action.of("show-design-" + i, names.get(i), () -> scenarioCommands.show(index)),
                    () -> scenarioCommands.shownIndex() == index, "design"));
        }
        return entries;
    }

    /**
     * View → Colour by Field: each of the chart's own fields that is not private, as the chart has
     * them when the menu opens; a private field never colours a card.
     */
    private List<MenuEntry> fieldColourings() {
        List<MenuEntry> entries = new ArrayList<>();
        for (FieldDefinition f : model.chart().fields()) {
            if (!f.isPrivate()) {
                entries.add(colourBy("colour-by-field-" + f.id(), f.name(), "field:" + f.name()));
            }
        }
        if (entries.isEmpty()) {
            return List.of(Action.of("no-colour-fields", Texts.t("menu.no-colour-fields"), () -> { })
                    .onlyWhen(() -> false));
        }
        return entries;
    }

    /** Open Recent: the files, newest first, and a way to forget them. */
    private List<MenuEntry> recentFiles() {
        List<MenuEntry> entries = new ArrayList<>();
        for (Path file : model.session().recentFiles().files()) {
            entries.add(Action.of("recent-file-" + (entries.size() + 1), String.valueOf(file.getFileName()),
                    () -> model.session().openRecent(file)));
        }
        if (entries.isEmpty()) {
            return List.of(Action.of("no-recent", Texts.t("menu.no-recent"), () -> { }).onlyWhen(() -> false));
        }
        entries.add(SEPARATOR);
        entries.add(Action.of("clear-recent", Texts.t("menu.clear-recent"), () -> model.session().recentFiles().clear()));
        return entries;
    }

    /** One of the ways cards are coloured, saved with the chart's theme (a field also in Chart → Theme…). */
    private Choice colourBy(String id, String label, String choice) {
        return new Choice(Action.of(id, label, () -> new ThemeEditorModel(model).setColourBy(choice)),
                () -> ThemeSettings.of(model.chart().settings()).colourBy().equals(choice), "colour-by");
    }

    private Choice rows(String id, String label, Rows rows) {
        return new Choice(Action.of(id, label, () -> model.setLayoutOptions(model.layoutOptions().withRows(rows))),
                () -> model.layoutOptions().rows() == rows, "rows");
    }

    /** One of the ways teams are arranged: automatic, side by side, or compact. */
    private Choice mode(String id, String label, LayoutOptions.Mode mode) {
        return new Choice(Action.of(id, label, () -> model.setLayoutOptions(model.layoutOptions().withMode(mode))),
                () -> model.layoutOptions().mode() == mode, "layout");
    }

    private Choice layoutChoice(String id, String label, Predicate<LayoutOptions> on,
                                UnaryOperator<LayoutOptions> toggle) {
        return new Choice(Action.of(id, label, () -> model.setLayoutOptions(toggle.apply(model.layoutOptions()))),
                () -> on.test(model.layoutOptions()), null);
    }
}
