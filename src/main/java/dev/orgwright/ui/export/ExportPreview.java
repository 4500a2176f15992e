package dev.orgwright.ui.export;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A small picture of what an export will hold, drawn by the same sheet as the export itself,
 * with the page cuts of a PDF marked, and a line saying its size.
 */
final class ExportPreview extends VBox {

    static final double WIDTH = 360;
    static final double HEIGHT = 240;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Label caption = new Label();
    private SheetKey cachedKey;
    private ExportSheet cachedSheet;

    ExportPreview() {
        super(6);
        canvas.setId("export-preview");
        caption.setId("export-preview-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(WIDTH);
        StackPane frame = new StackPane(canvas);
        frame.setStyle("-fx-background-color: #D0D5DD; -fx-padding: 1;");
        frame.setMaxSize(WIDTH + 2, HEIGHT + 2);
        getChildren().addAll(frame, caption);
    }

    /** The picture's canvas, as tests read it. */
    Canvas canvas() {
        return canvas;
    }

    /** Draws what {@code request} exports as {@code format}; a request that cannot be drawn says why instead. */
    void show(ExportRequest request, ExportFormat format) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(Color.web("#F2F4F7"));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        ExportSheet sheet;
        try {
            sheet = sheetFor(request);
        } catch (IllegalArgumentException e) {
            caption.setText(e.getMessage());
            return;
        }
        double fit = Math.min(WIDTH / sheet.width(), HEIGHT / sheet.height());
        double left = Math.floor((WIDTH - sheet.width() * fit) / 2);
        double top = Math.floor((HEIGHT - sheet.height() * fit) / 2);
        g.save();
        g.translate(left, top);
        g.beginPath();
        g.rect(0, 0, ExportSheet.pixels(sheet.width(), fit), ExportSheet.pixels(sheet.height(), fit));
        g.clip();
        if (format == ExportFormat.PNG && request.options().background() == ExportOptions.Background.TRANSPARENT) {
            checkerboard(g, sheet.width() * fit, sheet.height() * fit);
        }
        sheet.paint(new FxCanvasSurface(g), fit);
        if (format == ExportFormat.PDF) {
            PagePlan plan = new PdfExporter(SharedFonts.get()).plan(request, sheet);
            markPages(g, plan, fit);
            caption.setText(request.page() + (plan.columns() * plan.rows() > 1
                    ? Texts.t("export.exportPreview.pagesAt", plan.columns() * plan.rows(), Math.round(plan.scale() * 100))
                    : Texts.t("export.exportPreview.scale", Math.round(plan.scale() * 100)))
                    + plan.leftOut(request.page().columns(), request.page().rows()).map(note -> "\n" + note).orElse(""));
        } else if (format == ExportFormat.PNG) {
            caption.setText(Texts.t("export.exportPreview.pixels", ExportSheet.pixels(sheet.width(),
                    request.scale()), ExportSheet.pixels(sheet.height(), request.scale())));
        } else {
            caption.setText(Texts.t("export.exportPreview.size", Math.round(sheet.width()),
                    Math.round(sheet.height()), sheet.chart().size()));
        }
        g.restore();
    }

    /**
     * The sheet of {@code request}, laid out again only when what it shows changed: a new format,
     * scale or paper keeps the sheet, which for a large chart takes a moment to lay out.
     */
    private ExportSheet sheetFor(ExportRequest request) {
        SheetKey key = new SheetKey(request.chart(), request.findings(), request.options(), request.layoutOptions(),
                request.collapsed(), request.changes());
        if (!key.equals(cachedKey)) {
            cachedSheet = request.sheet(new FxTextMeasure());
            cachedKey = key;
        }
        return cachedSheet;
    }

    /** What a sheet depends on; the chart, its findings and a comparison's marks by identity, as an edit makes new ones. */
    private record SheetKey(Chart chart, Validation findings, ExportOptions options, LayoutOptions layout,
                            Set<PositionId> collapsed, ChangeMarks changes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SheetKey k && k.chart == chart && k.findings == findings && k.options.equals(options)
                    && k.layout.equals(layout) && k.collapsed.equals(collapsed) && k.changes == changes;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(chart);
        }
    }

    private static void markPages(GraphicsContext g, PagePlan plan, double fit) {
        if (plan.columns() * plan.rows() == 1) {
            return;
        }
        g.setStroke(Color.web("#2563EB"));
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        for (Box page : plan.pages()) {
            g.strokeRect(Math.round(page.x() * fit) + 0.5, Math.round(page.y() * fit) + 0.5,
                    Math.round(page.width() * fit) - 1, Math.round(page.height() * fit) - 1);
        }
        g.setLineDashes((double[]) null);
    }

    /** The usual sign of transparency, behind a transparent PNG. */
    private static void checkerboard(GraphicsContext g, double w, double h) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFill(Color.web("#E4E7EC"));
        for (int y = 0; y * 8 < h; y++) {
            for (int x = y % 2; x * 8 < w; x += 2) {
                g.fillRect(x * 8, y * 8, 8, 8);
            }
        }
    }
}
