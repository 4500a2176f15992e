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
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.render.export.PngSize;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A small picture of what an export will hold, drawn by the same sheet as the export itself
 * (a PDF page by page, as each will print, with its cuts marked), and a line saying its size.
 */
final class ExportPreview extends VBox {

    static final double WIDTH = 480;
    static final double HEIGHT = 340;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Label caption = new Label();
    private final Label pageNumber = new Label();
    private final Button previous = new Button("‹");
    private final Button next = new Button("›");
    private final HBox paging = new HBox(8, previous, pageNumber, next);
    /**
     * The sheets laid out latest, the one most recently used last: a PDF's page may lay its chart
     * out again for the area its heading leaves ({@link PdfExporter#plan(ExportRequest, java.util.function.Function)}),
     * so two are kept.
     */
    private final java.util.LinkedHashMap<SheetKey, ExportSheet> cachedSheets = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<SheetKey, ExportSheet> eldest) {
            return size() > 2;
        }
    };
    private ExportSheet shown;
    private Object pagesKey;
    private PagedPreview pages;
    /** Where books and decks are planned: never the JavaFX thread, which must answer meanwhile. */
    private Executor planner = PLANNER;
    /** The choices being planned for, while a plan is under way; null when none is. */
    private Object planningKey;
    private FutureTask<PagedPreview> planning;
    /** The page or slide shown of {@link #pages}, from 0. */
    private int current;

    /** One background thread for every preview: a plan replaced is stopped, so they seldom queue. */
    private static final Executor PLANNER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "orgwright-export-preview");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    ExportPreview() {
        super(6);
        canvas.setId("export-preview");
        caption.setId("export-preview-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(WIDTH);
        pageNumber.setId("export-preview-page");
        previous.setId("export-preview-previous");
        next.setId("export-preview-next");
        previous.setTooltip(new Tooltip(Texts.t("export.preview.previous")));
        next.setTooltip(new Tooltip(Texts.t("export.preview.next")));
        previous.setOnAction(e -> turnTo(current - 1));
        next.setOnAction(e -> turnTo(current + 1));
        paging.setAlignment(Pos.CENTER_LEFT);
        showPaging(false);
        StackPane frame = new StackPane(canvas);
        frame.setStyle("-fx-background-color: #D0D5DD; -fx-padding: 1;");
        frame.setMaxSize(WIDTH + 2, HEIGHT + 2);
        getChildren().addAll(frame, paging, caption);
    }

    /** Plans books and decks with {@code executor} from now on. */
    void planOn(Executor executor) {
        planner = java.util.Objects.requireNonNull(executor, "executor");
    }

    /** How many pages or slides the preview pages through; 0 when it shows one picture. */
    int pageCount() {
        return pages == null ? 0 : pages.count();
    }

    private void showPaging(boolean on) {
        paging.setVisible(on);
        paging.setManaged(on);
    }

    /** Shows page {@code i} (from 0) of the book or deck, within its pages. */
    private void turnTo(int i) {
        if (pages == null || pages.count() == 0) {
            return;
        }
        current = Math.max(0, Math.min(pages.count() - 1, i));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#F2F4F7"));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double k = Math.min((WIDTH - 2 * PreviewPages.GAP) / pages.width(), (HEIGHT - 2 * PreviewPages.GAP) / pages.height());
        double left = Math.floor((WIDTH - pages.width() * k) / 2);
        double top = Math.floor((HEIGHT - pages.height() * k) / 2);
        g.save();
        g.translate(left, top);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, pages.width() * k, pages.height() * k);
        FxCanvasSurface surface = new FxCanvasSurface(g);
        surface.pushClip(0, 0, pages.width() * k, pages.height() * k);
        pages.paint(g, current, k);
        surface.popClip();
        g.setStroke(Color.web("#98A2B3"));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, Math.round(pages.width() * k), Math.round(pages.height() * k));
        g.restore();
        pageNumber.setText(pages.label(current));
        previous.setDisable(current == 0);
        next.setDisable(current == pages.count() - 1);
    }

    /**
     * The size of the sheet last drawn, in sheet units: what the dialog weighs the PNG scale
     * against. Empty when the request could not be drawn.
     */
    Optional<PngSize> sheetSize() {
        return Optional.ofNullable(shown).map(PngSize::of);
    }

    /** The picture's canvas, as tests read it. */
    Canvas canvas() {
        return canvas;
    }

    /** Draws what {@code request} exports as {@code format}; a request that cannot be drawn says why instead. */
    void show(ExportRequest request, ExportFormat format) {
        show(request, format, DeckChoices.DEFAULT, null);
    }

    /**
     * Draws what {@code request} exports as {@code format}, a deck with {@code deck}'s choices: a
     * book page by page, a deck slide by slide, the first shown; a request that cannot be drawn
     * says why instead.
     *
     * @param analysis whether a book ends with the analysis page, and whether that shows costs; null for none
     */
    void show(ExportRequest request, ExportFormat format, DeckChoices deck, Boolean analysis) {
        if (format == ExportFormat.BOOK || format == ExportFormat.PPTX) {
            showPages(request, format, deck, format == ExportFormat.BOOK ? analysis : null);
            return;
        }
        GraphicsContext g = unpaged();
        ExportSheet sheet;
        shown = null;
        try {
            sheet = sheetFor(request);
        } catch (IllegalArgumentException e) {
            caption.setText(e.getMessage());
            return;
        }
        shown = sheet;
        if (format == ExportFormat.PDF) {
            PagePlan plan = new PdfExporter(SharedFonts.get()).plan(request, this::sheetFor);
            drawPages(g, plan.sheet(), plan, PreviewPages.of(plan, request.page(), WIDTH, HEIGHT));
            caption.setText(request.page() + (plan.columns() * plan.rows() > 1
                    ? Texts.t("export.exportPreview.pagesAt", plan.columns() * plan.rows(), Math.round(plan.scale() * 100))
                    : Texts.t("export.exportPreview.scale", Math.round(plan.scale() * 100)))
                    + plan.leftOut(request.page().columns(), request.page().rows()).map(note -> "\n" + note).orElse(""));
            return;
        }
        // A picture's heading is sized for a page of the paper, which the cached sheet leaves out: cheap to set.
        sheet = sheet.onPage(request.page());
        shown = sheet;
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
        if (format == ExportFormat.PNG) {
            caption.setText(Texts.t("export.exportPreview.pixels", ExportSheet.pixels(sheet.width(),
                    request.scale()), ExportSheet.pixels(sheet.height(), request.scale())));
        } else {
            caption.setText(Texts.t("export.exportPreview.size", Math.round(sheet.width()),
                    Math.round(sheet.height()), sheet.chart().size()));
        }
        g.restore();
    }

    /**
     * A book's pages or a deck's slides, planned again in the background only when what they
     * show changed, the first one drawn once planned. Meanwhile the preview says it is planning
     * and the dialog answers; choices changed meanwhile replace the plan under way.
     */
    private void showPages(ExportRequest request, ExportFormat format, DeckChoices deck, Boolean analysis) {
        shown = null;
        Object key = List.of(format, new SheetKey(request.chart(), request.findings(), request.options(),
                request.layoutOptions(), request.collapsed(), request.changes()), request.page(), deck,
                Optional.ofNullable(analysis));
        if (key.equals(pagesKey) && pages != null) {
            stopPlanning();
            showPaging(true);
            turnTo(current);
            caption.setText(pages.caption(request, analysis));
            return;
        }
        if (key.equals(planningKey)) {
            return;
        }
        GraphicsContext g = unpaged();
        String planningText = Texts.t(format == ExportFormat.BOOK ? "export.preview.planningPages" : "export.preview.planningSlides");
        caption.setText(planningText);
        // Said on the picture too, where the eye is: its first sentence.
        g.setFill(Color.web("#475467"));
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.fillText(planningText.substring(0, planningText.indexOf('…') + 1), WIDTH / 2, HEIGHT / 2);
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        planningKey = key;
        FutureTask<PagedPreview> task = new FutureTask<>(() -> PagedPreview.plan(request, format, deck, analysis));
        planning = task;
        planner.execute(() -> {
            task.run();
            Platform.runLater(() -> planned(task, key, request, format, analysis));
        });
    }

    /**
     * Drops the pages shown and any planning under way, hides the page buttons and blanks the
     * preview; returns its graphics, to draw on.
     */
    private GraphicsContext unpaged() {
        stopPlanning();
        pages = null;
        pagesKey = null;
        showPaging(false);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#F2F4F7"));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        return g;
    }

    /** A plan finished: shown if it is still the one asked for, else dropped. */
    private void planned(FutureTask<PagedPreview> task, Object key, ExportRequest request, ExportFormat format, Boolean analysis) {
        if (task != planning || task.isCancelled()) {
            return;
        }
        planning = null;
        planningKey = null;
        try {
            pages = task.get();
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof IllegalArgumentException bad)) {
                throw new IllegalStateException(e.getCause());
            }
            pages = null;
            pagesKey = null;
            showPaging(false);
            caption.setText(bad.getMessage());
            return;
        }
        pagesKey = key;
        current = 0;
        showPaging(true);
        turnTo(current);
        caption.setText(pages.caption(request, analysis));
    }

    /** Stops the plan under way, if any: its choices are no longer the dialog's, or the dialog closed. */
    void stopPlanning() {
        if (planning != null) {
            planning.cancel(true);
        }
        planning = null;
        planningKey = null;
    }

    /**
     * Each page as it will print, side by side: the paper, and on it, where the PDF puts it, the
     * page's part of the chart with its lines cut at the part and, whole, the cards its cuts
     * cross whose centre lies on it; the cuts are marked with dashes.
     */
    private static void drawPages(GraphicsContext g, ExportSheet sheet, PagePlan plan, PreviewPages pages) {
        double k = pages.sheet();
        for (PreviewPages.Page page : pages.pages()) {
            Box paper = page.paper();
            g.setFill(Color.WHITE);
            g.fillRect(paper.x(), paper.y(), paper.width(), paper.height());
            g.setStroke(Color.web("#98A2B3"));
            g.setLineWidth(1);
            g.strokeRect(Math.floor(paper.x()) + 0.5, Math.floor(paper.y()) + 0.5, Math.round(paper.width()),
                    Math.round(paper.height()));
            Box part = page.part();
            Box drawn = page.drawn();
            g.save();
            g.translate(page.originX() - drawn.x() * k, page.originY() - drawn.y() * k);
            FxCanvasSurface surface = new FxCanvasSurface(g);
            surface.pushClip(part.x() * k, part.y() * k, part.width() * k, part.height() * k);
            sheet.paintRegion(surface, k, part.x() * k, part.y() * k, part.width() * k, part.height() * k,
                    card -> plan.owns(part, card) && inside(part, card));
            surface.popClip();
            surface.pushClip(drawn.x() * k, drawn.y() * k, drawn.width() * k, drawn.height() * k);
            sheet.paintCards(surface, k, part.x() * k, part.y() * k, part.width() * k, part.height() * k,
                    card -> plan.owns(part, card) && !inside(part, card));
            surface.popClip();
            markCuts(g, page, plan, k);
            g.restore();
        }
    }

    /** Dashes along the edges of a page's part where the chart goes on on another page. */
    private static void markCuts(GraphicsContext g, PreviewPages.Page page, PagePlan plan, double k) {
        Box part = page.part();
        Box drawn = page.drawn();
        g.setStroke(Color.web("#2563EB"));
        g.setLineWidth(1);
        g.setLineDashes(3, 2);
        if (page.column() > 0) {
            g.strokeLine(part.x() * k, drawn.y() * k, part.x() * k, drawn.bottom() * k);
        }
        if (page.column() < plan.columns() - 1) {
            g.strokeLine(part.right() * k, drawn.y() * k, part.right() * k, drawn.bottom() * k);
        }
        if (page.row() > 0) {
            g.strokeLine(drawn.x() * k, part.y() * k, drawn.right() * k, part.y() * k);
        }
        if (page.row() < plan.rows() - 1) {
            g.strokeLine(drawn.x() * k, part.bottom() * k, drawn.right() * k, part.bottom() * k);
        }
        g.setLineDashes((double[]) null);
    }

    private static boolean inside(Box part, Box card) {
        return card.x() >= part.x() && card.right() <= part.right() && card.y() >= part.y()
                && card.bottom() <= part.bottom();
    }

    /**
     * The sheet of {@code request}, laid out again only when what it shows changed: a new format,
     * scale or paper keeps the sheet, which for a large chart takes a moment to lay out.
     */
    private ExportSheet sheetFor(ExportRequest request) {
        SheetKey key = new SheetKey(request.chart(), request.findings(), request.options(), request.layoutOptions(),
                request.collapsed(), request.changes());
        ExportSheet sheet = cachedSheets.get(key);
        if (sheet == null) {
            sheet = request.sheet(new FxTextMeasure());
            cachedSheets.put(key, sheet);
        }
        return sheet;
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
