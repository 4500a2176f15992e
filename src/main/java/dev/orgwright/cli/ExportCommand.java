package dev.orgwright.cli;

import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.io.csv.CsvExport;
import dev.orgwright.io.xlsx.WorkbookExport;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.SavedView;
import dev.orgwright.render.deck.DeckOptions;
import dev.orgwright.render.deck.DeckWriter;
import dev.orgwright.render.deck.SlideSize;
import dev.orgwright.render.export.BookExporter;
import dev.orgwright.render.export.BookLabels;
import dev.orgwright.render.export.BookPlan;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.render.export.ExportScope;
import dev.orgwright.render.export.PageSetup;
import dev.orgwright.render.export.PdfExporter;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright export FILE --to OUT.(png|svg|pdf|csv)}: draws a chart into a file, or writes
 * it as a spreadsheet, the format chosen by the extension of OUT. Runs headless: SVG and PDF need no toolkit; PNG is drawn by
 * JavaFX on Monocle's headless glass, handed in by the launcher so this package stays free of it.
 */
@Command(name = "export", resourceBundle = "dev.orgwright.cli.messages",
        description = {"Draws a chart into an image or document: PNG, SVG or PDF, chosen by the extension of OUT.",
                "OUT.csv writes the chart as a CSV file instead (UTF-8 with BOM, comma, CRLF) that spreadsheets open"
                        + " directly and 'orgwright import' reads back to the same chart: id, manager id, holder,"
                        + " title, department, tier, duties, notes. Cells a spreadsheet would run as a formula"
                        + " (starting with =, +, -, @) get a leading apostrophe. The drawing options do not apply.",
                "OUT.xlsx writes an Excel workbook: a sheet of positions (id, manager id, title, holder, tier,"
                        + " department, FTE as a number, status, the chart's own fields, duties, notes) and a sheet of"
                        + " the findings. Cost and private fields only with --include-private.",
                "OUT.pptx writes a PowerPoint deck of editable slides: a title slide, the overview, a slide per team"
                        + " (a big team continues on the next), the legend, the findings with --findings, the"
                        + " analysis as tables, and with --charters every position's role charter."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The file was written.",
                "1:The PDF was written, but some text has characters no font on this computer can draw;"
                        + " each such text is listed.",
                "2:FILE cannot be read, OUT cannot be written, or an option is wrong."})
final class ExportCommand implements Callable<Integer> {

    private final Supplier<ChartExporter> png;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The chart file to export.")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "OUT",
            description = "The file to write: OUT.png, OUT.svg, OUT.pdf, OUT.csv, OUT.xlsx or OUT.pptx.")
    private Path target;

    @Mixin
    private LayoutChoices choices = new LayoutChoices();

    @Mixin
    private SheetOptions sheet = new SheetOptions();

    @Option(names = "--no-holders", description = "Leave the holders' names out (roles without people).")
    private boolean noHolders;

    @Option(names = "--duties", description = "List each position's duties on its card.")
    private boolean duties;

    @Option(names = "--no-badges", description = "Leave out the findings badges.")
    private boolean noBadges;

    @Option(names = "--no-legend", description = "Leave out the legend of tier colours.")
    private boolean noLegend;

    @Option(names = "--colour-by", paramLabel = "tier|department|severity|field:NAME",
            description = "Colour the cards by tier, department, the worst finding, or a custom field's value,"
                    + " instead of as the chart's theme says. A private field does not colour a drawing.")
    private String colourBy;

    @Option(names = "--title", paramLabel = "TEXT", description = "A heading above the chart.")
    private String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", arity = "0..1", fallbackValue = "today",
            description = "Print a date under the heading: the given one, or today's when none is given.")
    private String date;

    @Option(names = "--transparent", description = "A PNG with a transparent background (default white).")
    private boolean transparent;

    @Option(names = "--include-private", description = "Write private values (the cost, private fields) into the"
            + " export, on the cards of a PNG, SVG or PDF as in a CSV, workbook or deck, and cost and budgets onto the"
            + " PDF's analysis page (--analysis); without it they are left out.")
    private boolean includePrivate;

    @Option(names = "--analysis", description = "End a PDF with a page of the chart's analysis: spans by band, layers"
            + " by tier, head count by tier and department, the widest and narrowest spans; cost and budgets only"
            + " with --include-private.")
    private boolean analysis;

    @Option(names = "--slide-size", paramLabel = "16:9|4:3", defaultValue = "16:9",
            description = "The shape of a deck's slides (default 16:9).")
    private String slideSize;

    @Option(names = "--slides", paramLabel = "teams|whole", defaultValue = "teams",
            description = "How a deck shows the chart: teams (default) cuts it into a slide per team with text of 10 pt"
                    + " or more; whole draws the whole chart on one slide, every card where the SVG or PDF export with"
                    + " the same --layout, --rows and --orientation puts it.")
    private String slides;

    @Option(names = "--findings", description = "Add a summary of the findings to a deck.")
    private boolean findings;

    @Option(names = "--charters", description = "Add every position's role charter to a deck, as an appendix.")
    private boolean charters;

    @Option(names = "--client", paramLabel = "TEXT",
            description = "Who a deck is for, on its title slide (default: the chart's \"client\" setting).")
    private String client;

    @Option(names = "--book", description = "Write a PDF book: the top of the organisation on the first page, as many"
            + " levels as stay readable (titles at 6 pt or more on the paper), then a page for each team that did not"
            + " fit, headed with its path, every folded card naming and linking the page its team continues on,"
            + " bookmarks, and an index of names and titles. Takes --page (or --paper) and --portrait.")
    private boolean book;

    ExportCommand(Supplier<ChartExporter> png) {
        this.png = png;
    }

    /** The export's root: the --root given, or the one of the view drawn; null for the whole chart. */
    private String subtree;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String extension = Drawings.extensionOf(target);
        if (extension.equals("csv")) {
            return writeCsv(err);
        }
        if (extension.equals("xlsx")) {
            return writeWorkbook(err);
        }
        if (extension.equals("pptx")) {
            return writeDeck(err);
        }
        if (analysis && !extension.equals("pdf")) {
            return fail(err, CliTexts.t("analysis.export.pdfOnly", target));
        }
        if (book && !extension.equals("pdf")) {
            return fail(err, CliTexts.t("export.book.notPdf", target.toString()));
        }
        if (book && !sheet.pageSetup().fitsOnePage()) {
            return fail(err, CliTexts.t("export.book.noGrid"));
        }
        Supplier<ChartExporter> format = book ? () -> new BookExporter(new ExportFonts(), bookLabels())
                : Drawings.exporterFor(extension, png);
        if (format == null) {
            return fail(err, "cannot tell the format of " + target + " from its extension; name it *.png, *.svg,"
                    + " *.pdf, *.csv, *.xlsx or *.pptx.");
        }
        ExportRequest request;
        try {
            Chart chart = ChartFiles.load(file);
            LayoutChoices.Chosen chosen;
            try {
                chosen = choices.choose(chart, file, true);
            } catch (LayoutChoices.BadChoice e) {
                return fail(err, e.getMessage());
            }
            SavedView view = chosen.view();
            Set<PositionId> folded = chosen.folded();
            subtree = chosen.root() == null ? null : chosen.root().value();
            noHolders |= view.hides("holders");
            noBadges |= view.hides("badges");
            noLegend |= view.hides("legend");
            PageSetup page = sheet.pageSetup();
            LayoutOptions layout = chosen.layout(LayoutOptions.AUTO)
                    .withAspect(book ? BookPlan.aspect(page)
                            : extension.equals("pdf") ? PdfExporter.printableAspect(page) : LayoutOptions.SCREEN);
            request = new ExportRequest(chart, noBadges && !"severity".equals(colourBy) ? null
                    : Validator.withDefaultRules().validate(chart), options(),
                    layout, folded, theme(chart), sheet.scale, page);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        ChartExporter exporter = format.get();
        if (exporter == null) {
            return fail(err, Drawings.noPng());
        }
        if (analysis) {
            dev.orgwright.render.AnalysisPage page = new dev.orgwright.render.AnalysisPage(
                    dev.orgwright.analysis.Analyzer.withDefaultBands().analyze(request.chart()), includePrivate);
            if (exporter instanceof PdfExporter pdf) {
                exporter = pdf.withAnalysisPage(page);
            } else if (exporter instanceof BookExporter bookExporter) {
                exporter = bookExporter.withAnalysisPage(page);
            }
        }
        try {
            Drawings.write(target, exporter, request);
        } catch (SaveFailedException e) {
            return fail(err, Drawings.message(e));
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        if (exporter instanceof BookExporter written) {
            spec.commandLine().getOut().println(CliTexts.t("export.book.written", written.pageCount(), target.toString()));
            if (!written.undrawn().isEmpty()) {
                err.println(target + ": " + CliTexts.t("export.book.undrawn", written.undrawn().size()));
                written.undrawn().forEach(u -> err.println("  " + u.describe()));
                return Cli.NEEDS_ATTENTION;
            }
            return Cli.OK;
        }
        Drawings.pagesLeftOut(exporter, request).ifPresent(note -> spec.commandLine().getOut().println(target + ": " + note));
        return Drawings.reportUndrawn(exporter, target, err) ? Cli.NEEDS_ATTENTION : Cli.OK;
    }

    /** The chart as a spreadsheet; says what of the chart a CSV file cannot hold. */
    private int writeCsv(PrintWriter err) {
        Chart whole;
        Chart chart;
        try {
            whole = ChartFiles.load(file);
            chart = listed(whole);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        } catch (LayoutChoices.BadChoice e) {
            return fail(err, e.getMessage());
        }
        try {
            AtomicFileWriter.write(target, out -> CsvExport.write(chart, out, includePrivate));
        } catch (SaveFailedException e) {
            return fail(err, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String lost : CsvExport.whatIsLost(chart, includePrivate)) {
            out.println(file + ": " + lost);
        }
        noteListed(out, whole, chart);
        out.println("Wrote " + chart.size() + (chart.size() == 1 ? " position to " : " positions to ") + target + ".");
        return Cli.OK;
    }

    /** The chart as a workbook: its positions and the findings of its rules. */
    private int writeWorkbook(PrintWriter err) {
        Chart whole;
        Chart chart;
        try {
            whole = ChartFiles.load(file);
            chart = listed(whole);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        } catch (LayoutChoices.BadChoice e) {
            return fail(err, e.getMessage());
        }
        List<WorkbookExport.FindingLine> findings = new ArrayList<>();
        // The findings of the whole chart (a team cut out has faults of its own, such as a root
        // without a senior above), those of the positions listed and those of the chart as a whole.
        for (Finding f : Validator.withDefaultRules().validate(whole).all()) {
            if (f.position().map(chart::contains).orElse(true)) {
                findings.add(new WorkbookExport.FindingLine(f.severity().id(), f.ruleId(),
                        f.position().map(PositionId::value).orElse(""), f.message(), f.explanation(),
                        f.fix().map(fix -> fix.label(whole)).orElse("")));
            }
        }
        try {
            AtomicFileWriter.write(target, out -> WorkbookExport.write(chart, findings, includePrivate, out));
        } catch (SaveFailedException e) {
            return fail(err, e.getMessage());
        }
        noteListed(spec.commandLine().getOut(), whole, chart);
        spec.commandLine().getOut().println("Wrote " + chart.size() + (chart.size() == 1 ? " position and " : " positions and ")
                + findings.size() + (findings.size() == 1 ? " finding to " : " findings to ") + target + ".");
        return Cli.OK;
    }

    /**
     * The positions a CSV file or a workbook lists: the whole chart, unless --view, --root,
     * --depth or --collapse choose part of it. The view the window last showed does not: a
     * spreadsheet is the chart's data, and folding a team on screen must not drop rows from it.
     */
    private Chart listed(Chart whole) throws LayoutChoices.BadChoice {
        if (!choices.asksForView() && choices.collapse.isEmpty()) {
            return whole;
        }
        return choices.choose(whole, file, false).shown(whole);
    }

    /** Says how many of the chart's positions a view left in, when it left some out. */
    private void noteListed(PrintWriter out, Chart whole, Chart listed) {
        if (listed.size() < whole.size()) {
            out.println(file + ": " + CliTexts.t("views.cli.listed", listed.size(), whole.size()));
        }
    }

    /** The chart's own theme, coloured as {@code --colour-by} asks. */
    private dev.orgwright.render.Theme theme(Chart chart) {
        dev.orgwright.render.Theme theme = dev.orgwright.render.Theme.of(chart);
        if (colourBy == null) {
            return theme;
        }
        dev.orgwright.render.ColourBy by = dev.orgwright.render.ColourBy.parse(colourBy);
        if (by.kind() == dev.orgwright.render.ColourBy.Kind.FIELD) {
            var field = chart.fields().stream()
                    .filter(f -> f.name().equalsIgnoreCase(by.field()) || f.id().equalsIgnoreCase(by.field()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--colour-by: the chart has no field \""
                            + by.field() + "\". Nothing was written."));
            if (field.isPrivate()) {
                throw new IllegalArgumentException("--colour-by: the field \"" + field.name() + "\" is private, and"
                        + " a drawing never shows private values. Nothing was written.");
            }
        }
        return theme.withColourBy(by);
    }

    /** The chart as a deck of editable slides. */
    private int writeDeck(PrintWriter err) {
        DeckOptions options;
        Chart whole;
        Chart chart;
        try {
            whole = ChartFiles.load(file);
            // A deck is a drawing: it takes the view the window last showed, like a PDF.
            LayoutChoices.Chosen view = choices.choose(whole, file, true);
            chart = view.shown(whole);
            noHolders |= view.view().hides("holders");
            noLegend |= view.view().hides("legend");
            options = DeckOptions.defaults().withSize(SlideSize.parse(slideSize)).withHolders(!noHolders)
                    .withDuties(duties).withIncludePrivate(includePrivate).withFindings(findings)
                    .withLegend(!noLegend).withTitle(title).withClient(client).withDate(deckDate())
                    .withCharters(charters);
            if ("whole".equals(slides)) {
                options = options.withWholeChart(view.layout(LayoutOptions.AUTO)
                        .withAspect(options.size().width() / options.size().height()));
            } else if (!"teams".equals(slides)) {
                return fail(err, "--slides must be teams or whole, not '" + slides + "'. Nothing was written.");
            }
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        } catch (LayoutChoices.BadChoice | IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        DeckWriter.Summary[] written = new DeckWriter.Summary[1];
        DeckOptions chosen = options;
        try {
            dev.orgwright.render.Theme theme = theme(chart);
            AtomicFileWriter.write(target, out -> written[0] = new DeckWriter(new ExportFonts(), theme)
                    .write(chart, findings ? Validator.withDefaultRules().validate(whole) : null, chosen, out));
        } catch (SaveFailedException | IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        spec.commandLine().getOut().println("Wrote " + written[0].slides() + " slides (" + written[0].chartSlides()
                + " of the chart) to " + target + ".");
        return Cli.OK;
    }

    /** The title slide's date: today's unless another is given. */
    private LocalDate deckDate() {
        if (date == null || "today".equals(date)) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date wants a date like 2025-03-31, not '" + date + "'.");
        }
    }

    private ExportOptions options() {
        ExportOptions options = ExportOptions.DEFAULT.withHolders(!noHolders).withDuties(duties).withBadges(!noBadges)
                .withLegend(!noLegend).withTitle(title).withIncludePrivate(includePrivate)
                .withBackground(transparent ? ExportOptions.Background.TRANSPARENT : ExportOptions.Background.WHITE);
        if (date != null) {
            try {
                options = options.withDate("today".equals(date) ? LocalDate.now() : LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date wants a date like 2025-03-31, not '" + date + "'.");
            }
        }
        if (subtree != null) {
            options = options.withScope(new ExportScope.Subtree(PositionId.of(subtree)));
        }
        return options;
    }

    /** The words of a book, in the user's language. */
    private static BookLabels bookLabels() {
        return new BookLabels(CliTexts.t("export.book.continuesOn"), CliTexts.t("export.book.index"),
                CliTexts.t("export.book.part"), CliTexts.t("export.book.page"));
    }

    private int fail(PrintWriter err, String message) {
        err.println("orgwright export: " + message);
        return Cli.FAILED;
    }
}
