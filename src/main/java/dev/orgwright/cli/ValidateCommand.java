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
@Command(name = "validate",
        description = {
                "Checks each FILE: that it is a chart Orgwright can open (valid JSON in the chart format,"
                        + " unique ids, managers that exist, no circle of reporting lines, known tiers), then"
                        + " the tier rules: duties that belong to another tier, positions managed by a lower"
                        + " tier, titles that read as another tier, spans of control, uncovered"
                        + " responsibilities and more. Every finding is printed with why and how to fix it.",
                "With --format json one FILE gives one object {\"file\", \"findings\": [{\"rule\", \"severity\","
                        + " \"position\", \"message\", \"explanation\", \"fix\"}], \"summary\": {...}}; several"
                        + " FILEs give a list of them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:No finding is an error.",
                "1:At least one finding is an error.",
                "2:A FILE cannot be read or is not a valid chart (each problem is printed with its line)."})
final class ValidateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The chart files to check.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "How to print the findings: text for people (default), json for scripts.")
    private Format format;

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
            Validation validation = validator.validate(chart);
            if (validation.count(Severity.ERROR) > 0) {
                worst = Math.max(worst, Cli.NEEDS_ATTENTION);
            }
            if (format == Format.json) {
                reports.add(report(file, validation));
            } else {
                printText(file, validation, out);
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

    private static void printText(Path file, Validation validation, PrintWriter out) {
        Chart chart = validation.chart();
        for (Finding f : validation.all()) {
            out.println(file + ": " + f.severity().id() + " [" + f.ruleId() + "]"
                    + f.position().map(id -> " " + id).orElse("") + ": " + f.message());
            out.println("    why: " + f.explanation());
            f.fix().ifPresent(fix -> out.println("    fix: " + fix.label(chart)));
        }
        out.println(file + ": " + chart.size() + (chart.size() == 1 ? " position, " : " positions, ")
                + plural(validation.count(Severity.ERROR), "error") + ", "
                + plural(validation.count(Severity.WARNING), "warning") + ", "
                + plural(validation.count(Severity.INFO), "note") + ".");
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
        }
        ObjectNode summary = report.putObject("summary");
        summary.put("positions", chart.size());
        for (Severity s : Severity.values()) {
            summary.put(s.id() + "s", validation.count(s));
        }
        return report;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
