package dev.orgwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import dev.orgwright.rules.Finding;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright validate FILE... [--format text|json]}: loads each chart (structure: ids,
 * managers, cycles, tiers) and runs the tier rules over it, printing every finding with why and
 * how to fix it. Exit 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.
 */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {

    private static final String INDENT = "    ";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "cli.validate.files")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "cli.validate.format")
    private Format format;

    @Option(names = "--details", descriptionKey = "cli.validate.details")
    private boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int worst = Cli.OK;
        Validator validator = Validator.withDefaultRules();
        ArrayNode reports = JSON.createArrayNode();
        for (Path file : files) {
            Chart chart;
            try {
                chart = ChartFiles.load(file);
            } catch (ChartFormatException e) {
                Cli.printProblems(e, err);
                worst = Math.max(worst, Cli.FAILED);
                continue;
            }
            if (format == Format.json) {
                // Machine output: the same whatever the language of the machine.
                Validation validation = Cli.inEnglish(() -> validator.validate(chart));
                reports.add(Cli.inEnglish(() -> report(file, validation)));
                worst = Math.max(worst, validation.count(Severity.ERROR) > 0 ? Cli.NEEDS_ATTENTION : Cli.OK);
            } else {
                Validation validation = validator.validate(chart);
                printText(file, validation, out, details);
                worst = Math.max(worst, validation.count(Severity.ERROR) > 0 ? Cli.NEEDS_ATTENTION : Cli.OK);
            }
        }
        if (format == Format.json && !reports.isEmpty()) {
            try {
                out.println(JSON.writeValueAsString(files.size() == 1 ? reports.get(0) : reports));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return worst;
    }

    /** The findings for people: the plain message, why, the fix, and with {@code details} the figures. */
    private static void printText(Path file, Validation validation, PrintWriter out, boolean details) {
        Chart chart = validation.chart();
        for (Finding f : validation.all()) {
            out.println(CliTexts.t(f.position().isPresent() ? "cli.validate.finding.position" : "cli.validate.finding",
                    file, CliTexts.t("cli.severity." + f.severity().id()), f.ruleId(),
                    f.position().map(Object::toString).orElse(""), f.message()));
            out.println(INDENT + CliTexts.t("cli.validate.why", f.explanation()));
            f.fix().ifPresent(fix -> out.println(INDENT + CliTexts.t("cli.validate.fix", fix.label(chart))));
            if (details && !f.details().isEmpty()) {
                out.println(INDENT + CliTexts.t("cli.validate.detailsLine", f.details()));
            }
        }
        out.println(CliTexts.t("cli.validate.summary", file,
                count(chart.size(), "cli.count.position"),
                count(validation.count(Severity.ERROR), "cli.count.error"),
                count(validation.count(Severity.WARNING), "cli.count.warning"),
                count(validation.count(Severity.INFO), "cli.count.note")));
    }

    /** "1 error", "3 errors": {@code key}{@code .one} or {@code .other} in the user's language. */
    static String count(int n, String key) {
        return CliTexts.t(key + (n == 1 ? ".one" : ".other"), n);
    }

    private static ObjectNode report(Path file, Validation validation) {
        Chart chart = validation.chart();
        ObjectNode report = JSON.createObjectNode();
        report.put("file", file.toString());
        ArrayNode findings = report.putArray("findings");
        for (Finding f : validation.all()) {
            ObjectNode node = findings.addObject();
            node.put("rule", f.ruleId());
            node.put("severity", f.severity().id());
            node.put("position", f.position().map(Object::toString).orElse(null));
            node.put("message", f.message());
            node.put("explanation", f.explanation());
            node.put("fix", f.fix().map(fix -> fix.label(chart)).orElse(null));
            node.put("details", f.details());
        }
        ObjectNode summary = report.putObject("summary");
        summary.put("positions", chart.size());
        for (Severity s : Severity.values()) {
            summary.put(s.id() + "s", validation.count(s));
        }
        return report;
    }
}
