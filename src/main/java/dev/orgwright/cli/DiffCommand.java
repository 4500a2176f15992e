package dev.orgwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.io.ChangeListWriter;
import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.Bridge;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.model.diff.FteTotals;
import dev.orgwright.model.diff.ProposalWithGhosts;
import dev.orgwright.model.diff.SuggestedMatch;
import dev.orgwright.render.ChangeMarks;
import dev.orgwright.render.Theme;
import dev.orgwright.io.AtomicFileWriter;
import dev.orgwright.render.deck.DeckOptions;
import dev.orgwright.render.deck.DeckWriter;
import dev.orgwright.render.export.ChartExporter;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.render.export.ExportOptions;
import dev.orgwright.render.export.ExportRequest;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.FindingsComparison;
import dev.orgwright.rules.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright diff OLD NEW [--format text|json|markdown|csv] [--match OLD_ID=NEW_ID]...
 * [--match-suggested] [--to OUT.pdf|svg|png [--title TEXT] [--scale N] [--page A4|A3|Letter]
 * [--portrait] [--pages CxR]]}: what changed from one chart to the
 * other, and which findings the new one fixes and introduces; with {@code --to}, also the new
 * chart drawn with its changes marked, as the comparison window draws it. Exit 0 when the charts
 * are equal, 1 when they differ, 2 when a file cannot be read or written or a match does not fit.
 */
@Command(name = "diff")
final class DiffCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json, markdown, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "cli.diff.old")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", arity = "0..1", descriptionKey = "cli.diff.new")
    private Path newFile;

    @Option(names = "--old-scenario", paramLabel = "NAME", descriptionKey = "cli.diff.oldScenario")
    private String oldScenario;

    @Option(names = "--new-scenario", paramLabel = "NAME", descriptionKey = "cli.diff.newScenario")
    private String newScenario;

    @Option(names = "--format", paramLabel = "text|json|markdown|csv", defaultValue = "text",
            descriptionKey = "cli.diff.format")
    private Format format;

    @Option(names = "--match", paramLabel = "OLD_ID=NEW_ID", descriptionKey = "cli.diff.match")
    private Map<String, String> matches = new LinkedHashMap<>();

    @Option(names = "--include-private", descriptionKey = "cli.diff.includePrivate")
    private boolean includePrivate;

    @Option(names = "--match-suggested", descriptionKey = "cli.diff.matchSuggested")
    private boolean matchSuggested;

    @Option(names = "--to", paramLabel = "OUT", descriptionKey = "cli.diff.to")
    private Path drawing;

    @Mixin
    private SheetOptions sheet = new SheetOptions();

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "cli.diff.title")
    private String title;

    private final Supplier<ChartExporter> png;

    /** A diff command whose {@code --to OUT.png} draws with {@code png}; null leaves PNG unavailable. */
    DiffCommand(Supplier<ChartExporter> png) {
        this.png = png;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Supplier<ChartExporter> exporter = null;
        boolean deck = drawing != null && Drawings.extensionOf(drawing).equals("pptx");
        if (drawing != null && !deck) {
            exporter = Drawings.exporterFor(Drawings.extensionOf(drawing), png);
            if (exporter == null) {
                err.println(CliTexts.t("cli.diff.badExtension", drawing));
                return Cli.FAILED;
            }
        }
        if (newFile == null) {
            newFile = oldFile;
        }
        Chart oldChart = design(Cli.load(oldFile, err), oldScenario, oldFile, err);
        Chart newChart = oldChart == null ? null : design(Cli.load(newFile, err), newScenario, newFile, err);
        if (oldChart == null || newChart == null) {
            return Cli.FAILED;
        }
        Map<PositionId, PositionId> confirmed = new LinkedHashMap<>();
        ChartDiff diff;
        try {
            matches.forEach((k, v) -> confirmed.put(PositionId.of(k.strip()), PositionId.of(v.strip())));
            diff = ChartDiff.compare(oldChart, newChart, confirmed);
            if (matchSuggested && !diff.suggestedMatches().isEmpty()) {
                diff.suggestedMatches().forEach(m -> confirmed.put(m.oldId(), m.newId()));
                diff = ChartDiff.compare(oldChart, newChart, confirmed);
            }
        } catch (IllegalArgumentException e) {
            err.println(CliTexts.t("cli.diff.badMatch", e.getMessage()));
            return Cli.FAILED;
        }
        if (exporter != null && !draw(diff, exporter.get(), err)) {
            return Cli.FAILED;
        }
        if (deck && !writeDeck(diff, err)) {
            return Cli.FAILED;
        }
        Validator validator = Validator.withDefaultRules();
        FindingsComparison findings = FindingsComparison.between(validator.validate(oldChart),
                validator.validate(newChart), diff::newIdOf);
        // Without --include-private a change of a cost or a private field says only that it changed.
        ChartDiff listed = includePrivate ? diff.withPrivateValues() : diff;
        switch (format) {
            case text -> printText(listed, findings, out);
            case json -> out.println(JSON.writeValueAsString(json(listed, findings)));
            case markdown -> printMarkdown(listed, findings, out);
            case csv -> ChangeListWriter.writeCsv(listed, out);
            default -> throw new IllegalStateException(String.valueOf(format));
        }
        return diff.isEmpty() ? Cli.OK : Cli.NEEDS_ATTENTION;
    }

    /** Writes NEW with the ghosts of what it removes and every change marked; false (and a message) on failure. */
    private boolean draw(ChartDiff diff, ChartExporter exporter, PrintWriter err) {
        if (exporter == null) {
            err.println(CliTexts.t("cli.diff.failed", Drawings.noPng()));
            return false;
        }
        ProposalWithGhosts proposal = ProposalWithGhosts.of(diff);
        ExportRequest request;
        try {
            request = new ExportRequest(proposal.chart(), null,
                    ExportOptions.DEFAULT.withTitle(title()).withIncludePrivate(includePrivate),
                    layout(proposal.chart()), Set.of(), Theme.of(proposal.chart()), sheet.scale, sheet.pageSetup(),
                    ChangeMarks.onProposal(diff, proposal.ghosts()));
        } catch (IllegalArgumentException e) {
            err.println(CliTexts.t("cli.diff.failed", e.getMessage()));
            return false;
        }
        try {
            Drawings.write(drawing, exporter, request);
            // stdout holds the change list, which a script may read: the note goes beside it.
            Drawings.pagesLeftOut(exporter, request).ifPresent(note -> err.println(drawing + ": " + note));
            Drawings.reportUndrawn(exporter, drawing, err);
            return true;
        } catch (SaveFailedException e) {
            err.println(CliTexts.t("cli.diff.failed", Drawings.message(e)));
            return false;
        }
    }

    /**
     * The layout of the drawing: the view the window last showed of the new chart, else the
     * automatic layout, aiming at the shape of the page (a PDF) or a screen, as `export` lays out.
     */
    private LayoutOptions layout(Chart chart) {
        return dev.orgwright.layout.ViewLayout.lastShown(chart).withAspect(Drawings.extensionOf(drawing).equals("pdf")
                ? dev.orgwright.render.export.PdfExporter.printableAspect(sheet.pageSetup()) : LayoutOptions.SCREEN);
    }

    /** "acme.orgchart.json", or "acme.orgchart.json (scenario Lean)" when a scenario is compared. */
    private static String side(Path file, String scenario) {
        return scenario == null ? file.toString() : CliTexts.t("cli.diff.side.scenario", file, scenario);
    }

    /** The scenario {@code name} of {@code chart}, or its current state; null (and a message) when it has no such scenario. */
    private static Chart design(Chart chart, String name, Path file, PrintWriter err) {
        if (chart == null || name == null) {
            return chart;
        }
        return ScenarioCommand.find(chart, name, file, err).map(s -> Scenarios.shown(chart, s)).orElse(null);
    }

    /** Writes NEW as a deck ending with the comparison's tables; false (and a message) on failure. */
    private boolean writeDeck(ChartDiff diff, PrintWriter err) {
        DeckOptions options = DeckOptions.defaults().withTitle(title()).withIncludePrivate(includePrivate);
        List<AnalysisTables.Table> comparison = List.of(bridgeTable(diff), distributions(diff));
        try {
            AtomicFileWriter.write(drawing, out -> new DeckWriter(new ExportFonts(), Theme.of(diff.newChart()))
                    .write(diff.newChart(), null, options, comparison, out));
            return true;
        } catch (SaveFailedException e) {
            err.println(CliTexts.t("cli.diff.failed", e.getMessage()));
            return false;
        }
    }

    private void printText(ChartDiff diff, FindingsComparison findings, PrintWriter out) {
        String header = side(oldFile, oldScenario) + " -> " + side(newFile, newScenario) + ": ";
        if (diff.isEmpty()) {
            out.println(header + CliTexts.t("cli.diff.same"));
        } else {
            out.println(header + ChangeListWriter.summary(diff)
                    + FteTotals.change(diff.oldChart(), diff.newChart()).map(fte -> "; " + fte).orElse("") + ".");
            int width = diff.changes().stream().mapToInt(c -> c.kind().text().length()).max().orElse(0);
            for (Change c : diff.changes()) {
                out.println("  " + pad(c.kind().text(), width) + "  " + c.description());
            }
        }
        for (SuggestedMatch m : diff.suggestedMatches()) {
            out.println(m.holder().isBlank()
                    ? CliTexts.t("cli.diff.suggested.vacant", m.oldId(), m.newId(), m.title().strip())
                    : CliTexts.t("cli.diff.suggested", m.oldId(), m.newId(), m.title().strip(), m.holder().strip()));
        }
        printFindings("cli.diff.fixes", findings.fixed(), out);
        printFindings("cli.diff.introduces", findings.introduced(), out);
        if (!diff.isEmpty()) {
            out.println();
            out.print(AnalysisTables.text(bridgeTable(diff)));
            out.println();
            out.print(AnalysisTables.text(distributions(diff)));
        }
    }

    /** The heading of the drawing: --title, or the language's "Current vs proposed". */
    private String title() {
        return title != null ? title : CliTexts.t("cli.diff.defaultTitle");
    }

    private AnalysisTables.Table bridgeTable(ChartDiff diff) {
        return AnalysisTables.bridge(Bridge.of(diff), includePrivate,
                diff.newChart().settings().currency().orElse(null));
    }

    private static AnalysisTables.Table distributions(ChartDiff diff) {
        Analyzer analyzer = Analyzer.withDefaultBands();
        return AnalysisTables.distributions(analyzer.analyze(diff.oldChart()), analyzer.analyze(diff.newChart()));
    }

    /** "NEW fixes 2 findings:" and the findings; {@code key} names the verb's texts. */
    private static void printFindings(String key, List<Finding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            return;
        }
        out.println(CliTexts.t(key + (findings.size() == 1 ? ".one" : ".other"), findings.size()));
        for (Finding f : findings) {
            out.println("  " + CliTexts.t("cli.severity." + f.severity().id()) + " [" + f.ruleId() + "] " + f.message());
        }
    }

    private void printMarkdown(ChartDiff diff, FindingsComparison findings, PrintWriter out) throws IOException {
        ChangeListWriter.writeMarkdownDocument(diff,
                CliTexts.t("cli.diff.markdown.sides", side(oldFile, oldScenario), side(newFile, newScenario)),
                lines(findings.fixed()), lines(findings.introduced()), out);
        if (!diff.isEmpty()) {
            out.println();
            out.print(AnalysisTables.markdown(bridgeTable(diff)));
            out.println();
            out.print(AnalysisTables.markdown(distributions(diff)));
        }
        out.flush();
    }

    /** Findings as the change list shows them. */
    static List<ChangeListWriter.FindingLine> lines(List<Finding> findings) {
        return findings.stream()
                .map(f -> new ChangeListWriter.FindingLine(f.severity().id(), f.ruleId(), f.message()))
                .toList();
    }

    private ObjectNode json(ChartDiff diff, FindingsComparison findings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("old", oldFile.toString());
        if (oldScenario != null) {
            root.put("oldScenario", oldScenario);
        }
        if (newScenario != null) {
            root.put("newScenario", newScenario);
        }
        root.put("new", newFile.toString());
        root.put("equal", diff.isEmpty());
        ArrayNode changes = root.putArray("changes");
        for (Change c : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", c.kind().label());
            node.put("position", c.position().map(PositionId::value).orElse(null));
            node.put("title", c.title());
            node.put("before", c.before());
            node.put("after", c.after());
            node.put("related", c.related().map(PositionId::value).orElse(null));
            node.put("description", c.description());
        }
        ArrayNode suggested = root.putArray("suggestedMatches");
        for (SuggestedMatch m : diff.suggestedMatches()) {
            suggested.addObject().put("old", m.oldId().value()).put("new", m.newId().value()).put("title", m.title())
                    .put("holder", m.holder());
        }
        Bridge b = Bridge.of(diff);
        ObjectNode bridge = root.putObject("bridge");
        bridge.putObject("positions").put("before", b.before().positions()).put("after", b.after().positions())
                .put("added", b.added()).put("closed", b.closed()).put("moved", b.moved()).put("changed", b.changed());
        bridge.putObject("fte").put("before", b.before().fte()).put("after", b.after().fte())
                .put("added", b.fteAdded()).put("closed", b.fteClosed()).put("changed", b.fteChanged());
        ObjectNode cost = bridge.putObject("cost").put("before", b.before().cost()).put("after", b.after().cost());
        if (includePrivate) {
            cost.put("added", b.costAdded()).put("closed", b.costClosed()).put("changed", b.costChanged());
        }
        Analyzer analyzer = Analyzer.withDefaultBands();
        Analysis was = analyzer.analyze(diff.oldChart());
        Analysis now = analyzer.analyze(diff.newChart());
        ArrayNode bands = root.putObject("spans").putArray("bands");
        for (int i = 0; i < was.spanBands().size(); i++) {
            bands.addObject().put("band", was.spanBands().get(i).band().label())
                    .put("before", was.spanBands().get(i).managers()).put("after", now.spanBands().get(i).managers());
        }
        ObjectNode layers = root.putObject("perLayer");
        was.positionsPerLayer().forEach(layers.putArray("before")::add);
        now.positionsPerLayer().forEach(layers.putArray("after")::add);
        ObjectNode f = root.putObject("findings");
        findingsJson(f.putArray("fixed"), findings.fixed());
        findingsJson(f.putArray("introduced"), findings.introduced());
        return root;
    }

    private static void findingsJson(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            array.addObject().put("rule", f.ruleId()).put("severity", f.severity().id())
                    .put("position", f.position().map(PositionId::value).orElse(null)).put("message", f.message());
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
