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
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    private final Supplier<ChartExporter> png;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.export.file")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "OUT", descriptionKey = "cli.export.to")
    private Path target;

    @Mixin
    private LayoutChoices choices = new LayoutChoices();

    @Mixin
    private SheetOptions sheet = new SheetOptions();

    @Option(names = "--no-holders", descriptionKey = "cli.export.noHolders")
    private boolean noHolders;

    @Option(names = "--duties", descriptionKey = "cli.export.duties")
    private boolean duties;

    @Option(names = "--no-badges", descriptionKey = "cli.export.noBadges")
    private boolean noBadges;

    @Option(names = "--no-legend", descriptionKey = "cli.export.noLegend")
    private boolean noLegend;

    @Option(names = "--colour-by", paramLabel = "tier|department|severity|field:NAME",
            descriptionKey = "cli.export.colourBy")
    private String colourBy;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "cli.export.title")
    private String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", arity = "0..1", fallbackValue = "today",
            descriptionKey = "cli.export.date")
    private String date;

    @Option(names = "--transparent", descriptionKey = "cli.export.transparent")
    private boolean transparent;

    @Option(names = "--include-private", descriptionKey = "cli.export.includePrivate")
    private boolean includePrivate;

    @Option(names = "--analysis", descriptionKey = "cli.export.analysis")
    private boolean analysis;

    @Option(names = "--slide-size", paramLabel = "16:9|4:3", defaultValue = "16:9",
            descriptionKey = "cli.export.slideSize")
    private String slideSize;

    @Option(names = "--slides", paramLabel = "teams|whole", defaultValue = "teams",
            descriptionKey = "cli.export.slides")
    private String slides;

    @Option(names = "--findings", descriptionKey = "cli.export.findings")
    private boolean findings;

    @Option(names = "--charters", descriptionKey = "cli.export.charters")
    private boolean charters;

    @Option(names = "--client", paramLabel = "TEXT", descriptionKey = "cli.export.client")
    private String client;

    @Option(names = "--book", descriptionKey = "cli.export.book")
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
            return fail(err, CliTexts.t("cli.export.badExtension", target));
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
        if (!sheet.scaleAsked) {
            exporter = Drawings.fittingLimits(exporter);
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
        Drawings.reduced(exporter).ifPresent(note -> spec.commandLine().getOut().println(target + ": " + note));
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
        out.println(CliTexts.t(chart.size() == 1 ? "cli.export.csvWritten.one" : "cli.export.csvWritten.other",
                chart.size(), target));
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
        spec.commandLine().getOut().println(CliTexts.t("cli.export.workbookWritten",
                CliTexts.t(chart.size() == 1 ? "cli.count.position.one" : "cli.count.position.other", chart.size()),
                CliTexts.t(findings.size() == 1 ? "cli.export.count.finding.one" : "cli.export.count.finding.other",
                        findings.size()), target));
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
                    .orElseThrow(() -> new IllegalArgumentException(CliTexts.t("cli.export.unknownField", by.field())));
            if (field.isPrivate()) {
                throw new IllegalArgumentException(CliTexts.t("cli.export.privateField", field.name()));
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
                return fail(err, CliTexts.t("cli.export.badSlides", slides));
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
        spec.commandLine().getOut().println(CliTexts.t("cli.export.deckWritten", written[0].slides(),
                written[0].chartSlides(), target));
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
            throw new IllegalArgumentException(CliTexts.t("cli.export.badDate", date));
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
                throw new IllegalArgumentException(CliTexts.t("cli.export.badDate", date));
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
        err.println(CliTexts.t("cli.export.failed", message));
        return Cli.FAILED;
    }
}
