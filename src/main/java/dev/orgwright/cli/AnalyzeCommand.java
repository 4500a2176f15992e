package dev.orgwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.analysis.Analysis;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.AnalysisTables.By;
import dev.orgwright.analysis.AnalysisTables.Costs;
import dev.orgwright.analysis.Analyzer;
import dev.orgwright.analysis.GroupFigures;
import dev.orgwright.analysis.PositionFigures;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Position;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code orgwright analyze FILE [--format text|json|markdown|csv] [--by tier|department|layer|manager]}:
 * the current-state analysis of a design: spans and layers, head count, FTE and cost.
 */
@Command(name = "analyze")
final class AnalyzeCommand implements Callable<Integer> {

    /** What the analysis is printed as. */
    enum Format { TEXT, JSON, MARKDOWN, CSV }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.analyze.file")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            descriptionKey = "cli.analyze.format")
    private Format format;

    @Option(names = "--by", paramLabel = "GROUP", converter = ByConverter.class,
            descriptionKey = "cli.analyze.by")
    private By by;

    @Option(names = "--include-private", descriptionKey = "cli.analyze.includePrivate")
    private boolean includePrivate;

    @Override
    public Integer call() throws JsonProcessingException {
        Analysis analysis;
        try {
            analysis = Analyzer.withDefaultBands().analyze(ChartFiles.load(file));
        } catch (ChartFormatException e) {
            Cli.printProblems(e, spec.commandLine().getErr());
            return Cli.FAILED;
        }
        AnalysisTables tables = new AnalysisTables(analysis, includePrivate ? Costs.ALL : Costs.TOTALS);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(asJson(analysis));
            case CSV -> out.print(AnalysisTables.csv(tables.positions()));
            case MARKDOWN -> {
                out.println(CliTexts.t("cli.analyze.heading", analysis.chart().title()) + "\n");
                out.println(AnalysisTables.markdown(tables.summary()));
                out.print(AnalysisTables.markdown(tables.breakdown(by == null ? By.TIER : by)));
            }
            case TEXT -> {
                out.println(analysis.chart().title());
                out.println();
                out.println(AnalysisTables.text(tables.summary()));
                out.print(AnalysisTables.text(tables.breakdown(by == null ? By.TIER : by)));
                if (by == null) {
                    out.println();
                    out.println(CliTexts.t("cli.analyze.widest"));
                    tables.extremes(5, true).forEach(line -> out.println("  " + line));
                }
            }
        }
        out.flush();
        return Cli.OK;
    }

    String asJson(Analysis a) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("title", a.chart().title());
        root.put("positions", a.positions());
        root.put("filled", a.filled());
        root.put("vacant", a.vacant());
        root.put("planned", a.planned());
        root.put("closing", a.closing());
        root.put("managers", a.managers());
        root.put("individualContributors", a.individualContributors());
        root.put("layers", a.layers());
        ArrayNode perLayer = root.putArray("perLayer");
        a.positionsPerLayer().forEach(perLayer::add);
        ObjectNode spans = root.putObject("spans");
        a.meanSpan().ifPresentOrElse(m -> spans.put("mean", m), () -> spans.putNull("mean"));
        a.medianSpan().ifPresentOrElse(m -> spans.put("median", m), () -> spans.putNull("median"));
        ArrayNode bands = spans.putArray("bands");
        for (Analysis.BandCount b : a.spanBands()) {
            bands.addObject().put("band", b.band().label()).put("managers", b.managers());
        }
        root.put("singleReportManagers", a.singleReportManagers());
        ArrayNode archetypes = root.putArray("archetypes");
        for (Analysis.ArchetypeCount c : a.archetypes()) {
            archetypes.addObject().put("archetype", c.archetype().key()).put("target", c.range())
                    .put("positions", c.positions()).put("outside", c.outside());
        }
        root.put("fte", a.fte());
        if (a.costKnown() > 0) {
            root.put("cost", a.cost());
        } else {
            root.putNull("cost");
        }
        a.chart().settings().currency().ifPresentOrElse(c -> root.put("currency", c), () -> root.putNull("currency"));
        groups(root.putArray("byTier"), "tier", a.byTier());
        groups(root.putArray("byDepartment"), "department", a.byDepartment());
        groups(root.putArray("byLayer"), "layer", a.byLayer());
        if (by == By.MANAGER) {
            ArrayNode managers = root.putArray("byManager");
            for (Position p : a.chart().inTreeOrder()) {
                PositionFigures f = a.of(p.id());
                if (f.isManager()) {
                    ObjectNode m = managers.addObject().put("id", p.id().value()).put("title", p.title())
                            .put("layer", f.layer()).put("span", f.span()).put("assistants", f.assistants())
                            .put("below", f.below()).put("vacanciesBelow", f.vacanciesBelow())
                            .put("fteInTeam", f.fteTotal());
                    if (includePrivate) {
                        m.put("costOfTeam", f.costTotal());
                    }
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void groups(ArrayNode array, String key, List<GroupFigures> groups) {
        for (GroupFigures g : groups) {
            ObjectNode o = array.addObject();
            if (key.equals("layer")) {
                o.put(key, Integer.parseInt(g.key()));
            } else if (g.key().isEmpty()) {
                o.putNull(key);
            } else {
                o.put(key, g.key());
            }
            o.put("positions", g.positions()).put("vacant", g.vacant()).put("fte", g.fte());
            if (g.costKnown() > 0) {
                o.put("cost", g.cost());
            } else {
                o.putNull("cost");
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(CliTexts.t("cli.analyze.badFormat", value));
            }
        }
    }

    static final class ByConverter implements ITypeConverter<By> {
        @Override
        public By convert(String value) {
            for (By b : By.values()) {
                if (b.key().equals(value.toLowerCase(Locale.ROOT))) {
                    return b;
                }
            }
            throw new TypeConversionException(CliTexts.t("cli.analyze.badBy", value));
        }
    }
}
