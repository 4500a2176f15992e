package dev.orgwright.ui.panels;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.model.Tier;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.ChartPainter;
import dev.orgwright.render.Decorations;
import dev.orgwright.render.Rgba;
import dev.orgwright.render.Theme;
import dev.orgwright.render.Viewport;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.editor.WindowChange;
import dev.orgwright.ui.editor.WindowChange.Aspect;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxFonts;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Chart → Theme…: the built-in theme to start from, a colour per tier, the cards' corners,
 * accent and shadow, the font, the heading and logo of exported sheets, what colours the cards
 * and whether the canvas has a legend. Every change is an edit of the chart (see
 * {@link ThemeEditorModel}): the canvas behind and the preview here show it at once, and Edit →
 * Undo takes it back. The editor follows the chart, so an undo shows here too.
 */
public final class ThemeEditor {

    private static final String STANDARD_FONT = Texts.t("panels.themeEditor.standard");

    private final ChartWindowModel model;
    private final ThemeEditorModel editor;
    private final Dialogs dialogs;
    private final WindowChange.Listener follow = change -> refresh();
    private final ComboBox<String> base = new ComboBox<>();
    private final VBox tierColours = new VBox(6);
    private final List<ColorPicker> tierPickers = new ArrayList<>();
    private final Slider radius = new Slider(0, ThemeSettings.MAX_RADIUS, 6);
    private final ComboBox<String> accent = new ComboBox<>();
    private final CheckBox shadow = new CheckBox(Texts.t("panels.themeEditor.cardsCastAShadow"));
    private final ComboBox<String> font = new ComboBox<>();
    private final TextField heading = new TextField();
    private final Label logo = new Label();
    private final ComboBox<String> colourBy = new ComboBox<>();
    private final CheckBox legend = new CheckBox(Texts.t("panels.themeEditor.showALegendOn"));
    private final Canvas preview = new Canvas(440, 200);
    private boolean refreshing;

    public ThemeEditor(ChartWindowModel model, Dialogs dialogs) {
        this.model = model;
        this.editor = new ThemeEditorModel(model);
        this.dialogs = dialogs;
    }

    /** Opens the editor in a window of its own beside {@code owner}. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Texts.t("panels.themeEditor.theme"));
        stage.setScene(new Scene(content(stage), 520, 720));
        stage.getScene().getStylesheets().add(ThemeEditor.class.getResource("/dev/orgwright/ui/orgwright.css").toExternalForm());
        model.listen(EnumSet.of(Aspect.CHART), follow);
        stage.setOnHidden(e -> model.removeListener(follow));
        refresh();
        stage.show();
        return stage;
    }

    private BorderPane content(Stage stage) {
        base.setId("theme-base");
        base.getItems().setAll(ThemeSettings.BASES);
        base.setConverter(shown(java.util.Map.of("light", Texts.t("panels.themeEditor.light"), "dark", Texts.t("panels.themeEditor.darkForScreens"),
                "high-contrast", Texts.t("panels.themeEditor.highContrastForPrint"))));
        base.valueProperty().addListener((o, a, b) -> when(() -> editor.setBase(b)));
        radius.setId("theme-radius");
        radius.setMajorTickUnit(6);
        radius.setShowTickMarks(true);
        radius.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                when(() -> editor.setCornerRadius(radius.getValue()));
            }
        });
        radius.valueProperty().addListener((o, a, b) -> {
            if (!radius.isValueChanging()) {
                when(() -> editor.setCornerRadius(b.doubleValue()));
            }
        });
        accent.setId("theme-accent");
        accent.getItems().setAll(ThemeSettings.ACCENTS);
        accent.setConverter(shown(java.util.Map.of("top", Texts.t("panels.themeEditor.top"), "left", Texts.t("panels.themeEditor.aBarDownThe"),
                "none", Texts.t("panels.themeEditor.nowhere"))));
        accent.valueProperty().addListener((o, a, b) -> when(() -> editor.setAccent(b)));
        shadow.setId("theme-shadow");
        shadow.selectedProperty().addListener((o, a, b) -> when(() -> editor.setShadow(b)));
        font.setId("theme-font");
        font.getItems().add(STANDARD_FONT);
        font.getItems().addAll(Font.getFamilies());
        font.valueProperty().addListener((o, a, b) -> when(() -> editor.setFont(STANDARD_FONT.equals(b) ? null : b)));
        heading.setId("theme-heading");
        heading.setPromptText(Texts.t("panels.themeEditor.theChartSTitle"));
        heading.setOnAction(e -> when(() -> editor.setHeading(heading.getText())));
        heading.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                when(() -> editor.setHeading(heading.getText()));
            }
        });
        logo.setId("theme-logo");
        Button chooseLogo = new Button(Texts.t("panels.themeEditor.choose"));
        chooseLogo.setId("theme-logo-choose");
        chooseLogo.setOnAction(e -> chooseLogo(stage));
        Button removeLogo = new Button(Texts.t("panels.themeEditor.remove"));
        removeLogo.setId("theme-logo-remove");
        removeLogo.setOnAction(e -> editor.clearLogo());
        colourBy.setId("theme-colour-by");
        colourBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : ThemeEditorModel.describe(v);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        colourBy.valueProperty().addListener((o, a, b) -> when(() -> editor.setColourBy(b)));
        legend.setId("theme-legend");
        legend.selectedProperty().addListener((o, a, b) -> when(() -> editor.setLegend(b)));
        Button resetTiers = new Button(Texts.t("panels.themeEditor.useTheThemeS"));
        resetTiers.setId("theme-tiers-reset");
        resetTiers.setOnAction(e -> editor.resetTierColours());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.startFrom")), base);
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.tierColours")), new VBox(6, tierColours, resetTiers));
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.cornerRadius")), radius);
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.cardColourShown")), accent);
        form.addRow(row++, new Label(""), shadow);
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.font")), font);
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.headingOfSheets")), heading);
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.logo")), new HBox(8, logo, chooseLogo, removeLogo));
        form.addRow(row++, new Label(Texts.t("panels.themeEditor.colourCardsBy")), colourBy);
        form.addRow(row, new Label(""), legend);
        preview.setId("theme-preview");
        Label previewCaption = new Label(Texts.t("panels.themeEditor.preview"));
        previewCaption.getStyleClass().add("pane-heading");
        Label note = new Label(Texts.t("panels.themeEditor.eachChangeIsDrawn"));
        note.getStyleClass().add("caption");
        note.setWrapText(true);
        Button close = new Button(Texts.t("panels.themeEditor.close"));
        close.setId("theme-close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox body = new VBox(10, form, previewCaption, preview, note, buttons);
        body.setPadding(new Insets(12));
        BorderPane root = new BorderPane(body);
        root.setId("theme-editor");
        return root;
    }

    /** Runs a change the user made, not one the editor makes while showing the chart's theme. */
    private void when(java.util.function.BooleanSupplier change) {
        if (!refreshing) {
            change.getAsBoolean();
        }
    }

    private void chooseLogo(Stage stage) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.t("panels.themeEditor.chooseALogo"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.t("panels.themeEditor.pngOrJpegImages"), "*.png", "*.jpg", "*.jpeg"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            takeLogo(file.toPath());
        }
    }

    /** Embeds the image in {@code file} as the logo, or says why not. */
    public void takeLogo(Path file) {
        try {
            if (Files.size(file) > 2L * ThemeSettings.MAX_LOGO_CHARS) {
                dialogs.showError(Texts.t("panels.themeEditor.logoNotUsed"), Texts.t("panels.themeEditor.isTooLargeFor", file.getFileName()));
                return;
            }
            editor.setLogo(String.valueOf(file.getFileName()), Files.readAllBytes(file))
                    .ifPresent(why -> dialogs.showError(Texts.t("panels.themeEditor.logoNotUsed"), why));
        } catch (IOException e) {
            dialogs.showError(Texts.t("panels.themeEditor.logoNotUsed"), Texts.t("panels.themeEditor.couldNotBeRead", file.getFileName(), e.getMessage()));
        }
    }

    /** Shows what the chart's theme says now, without making edits of it. */
    private void refresh() {
        refreshing = true;
        try {
            ThemeSettings s = editor.settings();
            Theme theme = editor.theme();
            base.setValue(s.base());
            List<Tier> tiers = editor.tiers();
            if (tierPickers.size() != tiers.size()) {
                tierPickers.clear();
                tierColours.getChildren().clear();
                for (Tier t : tiers) {
                    ColorPicker picker = new ColorPicker();
                    picker.setId("theme-tier-" + t.rank());
                    int rank = t.rank();
                    picker.valueProperty().addListener((o, a, b) -> when(() -> editor.setTierColour(rank, rgba(b))));
                    tierPickers.add(picker);
                    Label name = new Label(t.name());
                    name.setMinWidth(150);
                    HBox line = new HBox(8, name, picker);
                    line.setAlignment(Pos.CENTER_LEFT);
                    tierColours.getChildren().add(line);
                }
            }
            for (int i = 0; i < tiers.size(); i++) {
                Label name = (Label) ((HBox) tierColours.getChildren().get(i)).getChildren().get(0);
                name.setText(tiers.get(i).name());
                tierPickers.get(i).setValue(FxFonts.color(editor.tierColour(tiers.get(i).rank())));
            }
            radius.setValue(theme.card().cornerRadius());
            accent.setValue(theme.card().accent().name().toLowerCase(java.util.Locale.ROOT));
            shadow.setSelected(theme.card().shadow());
            font.setValue(s.font() == null ? STANDARD_FONT : s.font());
            if (!heading.isFocused()) {
                heading.setText(s.heading() == null ? "" : s.heading());
            }
            logo.setText(s.logo() == null ? Texts.t("panels.themeEditor.none") : theme.branding().logo() == null ? Texts.t("panels.themeEditor.unreadableImage")
                    : Texts.t("panels.themeEditor.pixels", theme.branding().logo().width(), theme.branding().logo().height()));
            colourBy.getItems().setAll(editor.colourByChoices());
            if (!colourBy.getItems().contains(s.colourBy())) {
                colourBy.getItems().add(s.colourBy());
            }
            colourBy.setValue(s.colourBy());
            legend.setSelected(s.legend());
            paintPreview(theme);
        } finally {
            refreshing = false;
        }
    }

    /** A few cards of the chart (its top and first reports) drawn in the theme, as a sample. */
    private void paintPreview(Theme theme) {
        Chart sample = sample(model.chart());
        var g = preview.getGraphicsContext2D();
        g.setFill(FxFonts.color(theme.background()));
        g.fillRect(0, 0, preview.getWidth(), preview.getHeight());
        if (sample.size() == 0) {
            return;
        }
        ChartLayout layout = new TreeLayout().layout(sample, new CardSizing(new FxTextMeasure(), theme));
        Box b = layout.bounds();
        double scale = Math.min(1, Math.min((preview.getWidth() - 20) / b.width(), (preview.getHeight() - 20) / b.height()));
        double ox = b.x() - (preview.getWidth() / scale - b.width()) / 2;
        double oy = b.y() - (preview.getHeight() / scale - b.height()) / 2;
        new ChartPainter(theme).withPrivateFields(true).paint(new FxCanvasSurface(g), sample, layout,
                new Viewport(ox, oy, scale, preview.getWidth(), preview.getHeight()),
                new Decorations(null, java.util.Set.of(), null, false, java.util.Set.of(), model.validation()));
    }

    /** The first root of the chart and up to three of its reports, with the chart's tiers, fields and settings. */
    static Chart sample(Chart chart) {
        var builder = Chart.builder().title(chart.title()).tiers(chart.tiers()).fields(chart.fields())
                .settings(chart.settings());
        if (!chart.roots().isEmpty()) {
            PositionId root = chart.roots().get(0);
            builder.add(chart.position(root).withReportsTo(null).withDottedLines(List.of()));
            int n = 0;
            for (PositionId child : chart.childrenOf(root)) {
                if (n++ == 3) {
                    break;
                }
                Position p = chart.position(child);
                builder.add(p.withDottedLines(List.of()));
            }
        }
        try {
            return builder.build();
        } catch (InvalidChartException e) {
            return Chart.empty(chart.title(), chart.tiers());
        }
    }

    /** Shows a document value ("high-contrast") as words ("High contrast, for print"). */
    private static javafx.util.StringConverter<String> shown(java.util.Map<String, String> words) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : words.getOrDefault(value, value);
            }

            @Override
            public String fromString(String text) {
                return words.entrySet().stream().filter(e -> e.getValue().equals(text)).map(java.util.Map.Entry::getKey)
                        .findFirst().orElse(text);
            }
        };
    }

    private static Rgba rgba(Color c) {
        return new Rgba((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), 255);
    }
}
