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
@Command(name = "diff",
        description = {
                "Compares two versions of a chart: positions added, removed, moved to a new manager, reordered,"
                        + " retitled, with another holder, tier, department or notes; duties added, removed or"
                        + " moved to another position; dotted lines added or removed; tier catalog changes. Then"
                        + " the findings the NEW chart fixes and those it introduces.",
                "Positions are matched by id. Where an id changed but title and holder stayed, the pair is"
                        + " suggested; confirm it with --match OLD_ID=NEW_ID, or take every suggestion with"
                        + " --match-suggested.",
                "--to OUT draws NEW with each change marked, as the comparison window shows it: changed"
                        + " positions ringed in the colour of their kind, removed ones faded where they stood,"
                        + " a dashed line from a moved position's old manager, and a legend; PDF (one A4"
                        + " landscape page unless --page or --pages say otherwise), SVG or PNG (--scale),"
                        + " chosen by the extension of OUT."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:The charts are equal.",
                "1:The charts differ.",
                "2:A file cannot be read or is not a valid chart, OUT cannot be written, or a --match does not fit."})
final class DiffCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json, markdown, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The current chart.")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", arity = "0..1",
            description = "The proposed chart; left out, OLD again (to compare two scenarios of one file).")
    private Path newFile;

    @Option(names = "--old-scenario", paramLabel = "NAME",
            description = "Compare this scenario of OLD (its id or name) instead of its current state.")
    private String oldScenario;

    @Option(names = "--new-scenario", paramLabel = "NAME",
            description = "Compare this scenario of NEW (its id or name) instead of its current state.")
    private String newScenario;

    @Option(names = "--format", paramLabel = "text|json|markdown|csv", defaultValue = "text",
            description = "text for people (default), json for scripts, markdown to hand over, csv for a spreadsheet"
                    + " (the change list only).")
    private Format format;

    @Option(names = "--match", paramLabel = "OLD_ID=NEW_ID",
            description = "Treat the position OLD_ID of OLD and NEW_ID of NEW as one position whose id changed.")
    private Map<String, String> matches = new LinkedHashMap<>();

    @Option(names = "--include-private", descriptionKey = "cli.diff.includePrivate")
    private boolean includePrivate;

    @Option(names = "--match-suggested", description = "Confirm every pair suggested by title and holder.")
    private boolean matchSuggested;

    @Option(names = "--to", paramLabel = "OUT",
            description = "Also draw NEW with its changes marked into OUT.pdf, OUT.svg or OUT.png; OUT.pptx writes"
                    + " a deck of NEW (as 'export --to OUT.pptx' does) ending with the bridge and the spans and layers.")
    private Path drawing;

    @Mixin
    private SheetOptions sheet = new SheetOptions();

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Current vs proposed",
            description = "The heading of the drawing written by --to (default: ${DEFAULT-VALUE}).")
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
                err.println("orgwright diff: cannot tell the format of " + drawing + " from its extension; name it"
                        + " *.pdf, *.svg, *.png or *.pptx.");
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
            err.println("orgwright diff: --match: " + e.getMessage());
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
            err.println("orgwright diff: " + Drawings.noPng());
            return false;
        }
        ProposalWithGhosts proposal = ProposalWithGhosts.of(diff);
        ExportRequest request;
        try {
            request = new ExportRequest(proposal.chart(), null,
                    ExportOptions.DEFAULT.withTitle(title).withIncludePrivate(includePrivate),
                    LayoutOptions.DEFAULT, Set.of(), Theme.of(proposal.chart()), sheet.scale, sheet.pageSetup(),
                    ChangeMarks.onProposal(diff, proposal.ghosts()));
        } catch (IllegalArgumentException e) {
            err.println("orgwright diff: " + e.getMessage());
            return false;
        }
        try {
            Drawings.write(drawing, exporter, request);
            // stdout holds the change list, which a script may read: the note goes beside it.
            Drawings.pagesLeftOut(exporter, request).ifPresent(note -> err.println(drawing + ": " + note));
            Drawings.reportUndrawn(exporter, drawing, err);
            return true;
        } catch (SaveFailedException e) {
            err.println("orgwright diff: " + Drawings.message(e));
            return false;
        }
    }

    /** "acme.orgchart.json", or "acme.orgchart.json (scenario Lean)" when a scenario is compared. */
    private static String side(Path file, String scenario) {
        return file + (scenario == null ? "" : " (scenario " + scenario + ")");
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
        DeckOptions options = DeckOptions.defaults().withTitle(title).withIncludePrivate(includePrivate);
        List<AnalysisTables.Table> comparison = List.of(bridgeTable(diff), distributions(diff));
        try {
            AtomicFileWriter.write(drawing, out -> new DeckWriter(new ExportFonts(), Theme.of(diff.newChart()))
                    .write(diff.newChart(), null, options, comparison, out));
            return true;
        } catch (SaveFailedException e) {
            err.println("orgwright diff: " + e.getMessage());
            return false;
        }
    }

    private void printText(ChartDiff diff, FindingsComparison findings, PrintWriter out) {
        String header = side(oldFile, oldScenario) + " -> " + side(newFile, newScenario) + ": ";
        if (diff.isEmpty()) {
            out.println(header + "the charts are the same.");
        } else {
            out.println(header + ChangeListWriter.summary(diff)
                    + FteTotals.change(diff.oldChart(), diff.newChart()).map(fte -> "; " + fte).orElse("") + ".");
            int width = diff.changes().stream().mapToInt(c -> c.kind().label().length()).max().orElse(0);
            for (Change c : diff.changes()) {
                out.println("  " + pad(c.kind().label(), width) + "  " + c.description());
            }
        }
        for (SuggestedMatch m : diff.suggestedMatches()) {
            out.println("possibly one position: '" + m.oldId() + "' in OLD and '" + m.newId() + "' in NEW (both '"
                    + m.title().strip() + "'" + (m.holder().isBlank() ? ", vacant" : ", " + m.holder().strip())
                    + "); confirm with --match " + m.oldId() + "=" + m.newId());
        }
        printFindings("fixes", findings.fixed(), out);
        printFindings("introduces", findings.introduced(), out);
        if (!diff.isEmpty()) {
            out.println();
            out.print(AnalysisTables.text(bridgeTable(diff)));
            out.println();
            out.print(AnalysisTables.text(distributions(diff)));
        }
    }

    private AnalysisTables.Table bridgeTable(ChartDiff diff) {
        return AnalysisTables.bridge(Bridge.of(diff), includePrivate,
                diff.newChart().settings().currency().orElse(null));
    }

    private static AnalysisTables.Table distributions(ChartDiff diff) {
        Analyzer analyzer = Analyzer.withDefaultBands();
        return AnalysisTables.distributions(analyzer.analyze(diff.oldChart()), analyzer.analyze(diff.newChart()));
    }

    private static void printFindings(String verb, List<Finding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            return;
        }
        out.println("NEW " + verb + " " + findings.size() + (findings.size() == 1 ? " finding:" : " findings:"));
        for (Finding f : findings) {
            out.println("  " + f.severity().id() + " [" + f.ruleId() + "] " + f.message());
        }
    }

    private void printMarkdown(ChartDiff diff, FindingsComparison findings, PrintWriter out) throws IOException {
        ChangeListWriter.writeMarkdownDocument(diff, "Current: `" + side(oldFile, oldScenario) + "`; proposed: `" + side(newFile, newScenario) + "`.",
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
