package dev.orgwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.analysis.AnalysisTables;
import dev.orgwright.analysis.ScenarioFigures;
import dev.orgwright.model.Chart;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
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
 * {@code orgwright scenarios FILE [--format text|json|markdown]}: the current state and every
 * scenario of a chart side by side, with the figures that decide between designs.
 */
@Command(name = "scenarios")
final class ScenariosCommand implements Callable<Integer> {

    /** What the table is printed as. */
    enum Format { TEXT, JSON, MARKDOWN }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.scenarios.file")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            descriptionKey = "cli.scenarios.format")
    private Format format;

    @Override
    public Integer call() throws JsonProcessingException {
        Chart chart = Cli.load(file, spec.commandLine().getErr());
        if (chart == null) {
            return Cli.FAILED;
        }
        Validator validator = Validator.withDefaultRules();
        List<ScenarioFigures.Row> rows = ScenarioFigures.rows(chart, design -> {
            Validation v = validator.validate(design);
            return new ScenarioFigures.Findings(v.count(Severity.ERROR), v.count(Severity.WARNING));
        });
        AnalysisTables.Table table = ScenarioFigures.table(rows, chart);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(asJson(chart, rows));
            case MARKDOWN -> {
                out.println(CliTexts.t("cli.scenarios.heading", chart.title()) + "\n");
                out.print(AnalysisTables.markdown(table));
            }
            case TEXT -> {
                out.println(chart.title());
                out.println();
                out.print(AnalysisTables.text(table));
                if (chart.scenarios().isEmpty()) {
                    out.println();
                    out.println(CliTexts.t("cli.scenarios.none"));
                }
            }
        }
        out.flush();
        return Cli.OK;
    }

    private String asJson(Chart chart, List<ScenarioFigures.Row> rows) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("title", chart.title());
        chart.settings().currency().ifPresentOrElse(c -> root.put("currency", c), () -> root.putNull("currency"));
        ArrayNode designs = root.putArray("designs");
        for (ScenarioFigures.Row r : rows) {
            ObjectNode o = designs.addObject();
            if (r.id().isEmpty()) {
                o.putNull("id");
            } else {
                o.put("id", r.id());
            }
            // JSON is read by scripts: the current state keeps its English name whatever the language.
            o.put("name", r.id().isEmpty()
                    ? dev.orgwright.model.ModelTexts.BUNDLE.in(java.util.Locale.ENGLISH, "model.scenario.currentState")
                    : r.name());
            chart.scenarios().stream().filter(s -> s.id().equals(r.id())).findFirst().ifPresent(s -> {
                o.put("description", s.description());
                if (s.basedOn() == null) {
                    o.putNull("basedOn");
                } else {
                    o.put("basedOn", s.basedOn());
                }
            });
            o.put("positions", r.positions()).put("vacancies", r.vacancies()).put("managers", r.managers())
                    .put("layers", r.layers());
            r.medianSpan().ifPresentOrElse(m -> o.put("medianSpan", m), () -> o.putNull("medianSpan"));
            o.put("fte", r.fte());
            if (r.costKnown() > 0) {
                o.put("cost", r.cost());
            } else {
                o.putNull("cost");
            }
            o.put("errors", r.errors()).put("warnings", r.warnings());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(CliTexts.t("cli.scenarios.badFormat", value));
            }
        }
    }
}
