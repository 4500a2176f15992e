package dev.orgwright.ui.export;

import dev.orgwright.layout.Box;
import dev.orgwright.render.TextMeasure;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportSheet;
import dev.orgwright.render.export.GlyphCoverage;
import dev.orgwright.render.export.PagePlan;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.UndrawnText;
import dev.orgwright.ui.fx.Dialogs;
import dev.orgwright.ui.fx.FxCanvasSurface;
import dev.orgwright.ui.fx.FxTextMeasure;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/**
 * File → Print…: the chart as the export dialog last had it set (what the cards show, the part,
 * the paper and the page grid), through JavaFX's printer job with its page setup. Fitted to one
 * page or spread over a grid planned exactly as a PDF's pages are; each page is drawn on a
 * canvas by the one renderer.
 */
public final class ChartPrinter {

    static final String NO_PRINTER = Texts.t("export.chartPrinter.thereIsNoPrinter");
    static final String NO_PRINTER_MESSAGE = Texts.t("export.chartPrinter.orgwrightFoundNoPrinter");
    static final String FAILED = Texts.t("export.chartPrinter.theChartCouldNot");
    /** Canvas pixels per printed point: enough for crisp text on paper, small enough for any page. */
    static final double RESOLUTION = 2;
    /** Room under each page of a grid for the line naming it, in points. */
    static final double FOOTER = 14;

    private final ExportSource source;
    private final Dialogs dialogs;
    private final Supplier<PrinterJob> jobs;

    /**
     * A printer of what {@code source} shows at the moment of printing; {@code jobs} is
     * {@code PrinterJob::createPrinterJob} in the program.
     */
    public ChartPrinter(ExportSource source, Dialogs dialogs, Supplier<PrinterJob> jobs) {
        this.source = source;
        this.dialogs = dialogs;
        this.jobs = jobs;
    }

    /**
     * What a print with {@code settings} draws: the chart as the window shows it now, with the
     * window's view (its layout, folded teams and the parts of the cards it leaves out), as a PDF
     * of those settings would have it.
     */
    public ExportRequest request(ExportSettings settings) {
        ExportSettings pdf = settings.withFormat(ExportFormat.PDF);
        ExportOptions o = pdf.options();
        ExportSettings shown = source.hidden().map(hidden -> pdf.withOptions(o
                .withHolders(o.holders() && !hidden.contains("holders"))
                .withBadges(o.badges() && !hidden.contains("badges"))
                .withLegend(o.legend() && !hidden.contains("legend")))).orElse(pdf);
        return shown.request(source);
    }

    /** Asks for the page setup and prints; false when there is no printer, the user cancels or printing fails. */
    public boolean print(Window owner, ExportSettings settings) {
        PrinterJob job = jobs.get();
        if (job == null) {
            dialogs.showError(NO_PRINTER, NO_PRINTER_MESSAGE);
            return false;
        }
        PageSetup setup = settings.page();
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(paper(setup.paper()),
                setup.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT));
        if (!job.showPageSetupDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        PagePlan plan;
        try {
            plan = plan(request(settings), new FxTextMeasure(), layout.getPrintableWidth(), layout.getPrintableHeight());
        } catch (IllegalArgumentException e) {
            job.cancelJob();
            dialogs.showError(FAILED, e.getMessage());
            return false;
        }
        List<UndrawnText> undrawn = undrawn(plan.sheet());
        for (Node page : pages(plan)) {
            if (!job.printPage(page)) {
                job.cancelJob();
                dialogs.showError(FAILED, Texts.t("export.chartPrinter.thePrinterStoppedThe", job.getJobStatus()));
                return false;
            }
        }
        boolean printed = job.endJob();
        if (printed && !undrawn.isEmpty()) {
            dialogs.showError(ExportDialog.UNDRAWN, undrawnMessage(undrawn));
        }
        return printed;
    }

    /**
     * The texts of {@code sheet} that no font on this computer can draw whole: the printer gets an
     * empty box for each missing character, so the user is told as an export tells them.
     */
    static List<UndrawnText> undrawn(ExportSheet sheet) {
        return GlyphCoverage.installed().undrawn(sheet, new FxTextMeasure());
    }

    /** What the user is told after printing texts with characters no font has, one line per text. */
    static String undrawnMessage(List<UndrawnText> undrawn) {
        return ExportDialog.undrawnList(Texts.t(undrawn.size() == 1 ? "export.chartPrinter.undrawn.one"
                : "export.chartPrinter.undrawn.many", undrawn.size()), undrawn);
    }

    /**
     * The pages of {@code request} on paper of {@code width} × {@code height} printable points, as
     * a PDF would have them: the automatic layout aimed at what the heading leaves of the pages
     * ({@link PagePlan#aimedAtTheChartsArea}).
     */
    static PagePlan plan(ExportRequest request, TextMeasure measure, double width, double height) {
        PageSetup setup = request.page();
        double chartHeight = setup.fitsOnePage() ? height : height - FOOTER;
        return PagePlan.aimedAtTheChartsArea(request, r -> r.sheet(measure), sheet -> plan(sheet, setup, width, height),
                setup.columns() * width, setup.rows() * chartHeight);
    }

    /** The pages of {@code sheet} on paper of {@code width} × {@code height} printable points, as a PDF would have them. */
    static PagePlan plan(ExportSheet sheet, PageSetup setup, double width, double height) {
        return setup.fitsOnePage() ? PagePlan.onePage(sheet, width, height)
                : PagePlan.of(sheet, setup.columns(), setup.rows(), width, height - FOOTER);
    }

    /**
     * One node per page, row by row, each its part of the plan's sheet at the plan's scale in
     * points; on a grid of pages, with a line under it saying which page it is and where the
     * chart goes on.
     */
    static List<Node> pages(PagePlan plan) {
        ExportSheet sheet = plan.sheet();
        List<Node> out = new ArrayList<>();
        double pixels = plan.scale() * RESOLUTION;
        boolean tiled = plan.pages().size() > 1;
        for (int i = 0; i < plan.pages().size(); i++) {
            int column = i % plan.columns();
            int row = i / plan.columns();
            Box part = plan.page(column, row);
            Box drawn = plan.drawn(column, row);
            double x = part.x() * pixels;
            double y = part.y() * pixels;
            double w = part.width() * pixels;
            double h = Math.ceil(drawn.height() * pixels);
            Canvas canvas = new Canvas(Math.ceil(drawn.width() * pixels), h);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.translate(-drawn.x() * pixels, -drawn.y() * pixels);
            // As in the PDF: lines are cut at the page's part, each card drawn whole on the page its centre is on.
            FxCanvasSurface surface = new FxCanvasSurface(gc);
            surface.pushClip(x, y, w, part.height() * pixels);
            sheet.paintRegion(surface, pixels, x, y, w, part.height() * pixels,
                    card -> plan.owns(part, card) && inside(part, card));
            surface.popClip();
            sheet.paintCards(surface, pixels, x, y, w, part.height() * pixels,
                    card -> plan.owns(part, card) && !inside(part, card));
            canvas.getTransforms().add(new Scale(1 / RESOLUTION, 1 / RESOLUTION));
            if (tiled) {
                Text footer = new Text(plan.footer(i % plan.columns(), i / plan.columns()));
                footer.setFont(Font.font(8));
                footer.setFill(Color.web("#475467"));
                footer.setY(h / RESOLUTION + FOOTER - 3); // the baseline, in the space kept under the chart
                out.add(new Group(canvas, footer));
            } else {
                out.add(new Group(canvas));
            }
        }
        return out;
    }

    private static boolean inside(Box part, Box card) {
        return card.x() >= part.x() && card.right() <= part.right() && card.y() >= part.y()
                && card.bottom() <= part.bottom();
    }

    private static Paper paper(PageSetup.Paper paper) {
        return switch (paper) {
            case A4 -> Paper.A4;
            case A3 -> Paper.A3;
            case LETTER -> Paper.NA_LETTER;
        };
    }
}
