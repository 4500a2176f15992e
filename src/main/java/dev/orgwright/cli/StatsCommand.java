package dev.orgwright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.model.Chart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright stats FILE [--json]}: the figures of a chart, as aligned text for people or
 * as a JSON object for scripts and dashboards.
 */
@Command(name = "stats")
final class StatsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.stats.file")
    private Path file;

    @Option(names = "--json", descriptionKey = "cli.stats.json")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        ChartStatistics stats;
        try {
            Chart chart = ChartFiles.load(file);
            // Machine output: the same whatever the language of the machine.
            stats = json ? Cli.inEnglish(() -> ChartStatistics.of(chart)) : ChartStatistics.of(chart);
        } catch (ChartFormatException e) {
            Cli.printProblems(e, spec.commandLine().getErr());
            return Cli.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? asJson(stats) : asText(stats));
        return Cli.OK;
    }

    String asJson(ChartStatistics stats) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("title", stats.title());
        root.put("positions", stats.positions());
        root.put("roots", stats.roots());
        root.put("depth", stats.depth());
        root.put("vacancies", stats.vacancies());
        ArrayNode tiers = root.putArray("positionsPerTier");
        for (ChartStatistics.TierCount count : stats.perTier()) {
            ObjectNode tier = tiers.addObject();
            tier.put("tier", count.tierId());
            tier.put("name", count.name());
            tier.put("positions", count.positions());
        }
        stats.largestSpan().ifPresentOrElse(span -> {
            ObjectNode widest = root.putObject("largestSpanOfControl");
            widest.put("id", span.id().value());
            widest.put("title", span.title());
            widest.put("directReports", span.directReports());
        }, () -> root.putNull("largestSpanOfControl"));
        root.put("assistants", stats.assistants());
        root.put("dottedLines", stats.dottedLines());
        root.put("fte", stats.fte());
        // Always present, so a script reads one shape: null when no position has a cost.
        stats.cost().ifPresentOrElse(cost -> root.put("cost", cost), () -> root.putNull("cost"));
        root.put("positionsWithCost", stats.costed());
        stats.currency().ifPresentOrElse(code -> root.put("currency", code), () -> root.putNull("currency"));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static String asText(ChartStatistics stats) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {CliTexts.t("cli.stats.chart"), stats.title()});
        rows.add(new String[] {CliTexts.t("cli.stats.positions"), Integer.toString(stats.positions())});
        rows.add(new String[] {CliTexts.t("cli.stats.roots"), Integer.toString(stats.roots())});
        rows.add(new String[] {CliTexts.t("cli.stats.depth"), count(stats.depth(), "cli.stats.level")});
        rows.add(new String[] {CliTexts.t("cli.stats.vacancies"), Integer.toString(stats.vacancies())});
        rows.add(new String[] {CliTexts.t("cli.stats.perTier"), null});
        for (ChartStatistics.TierCount tier : stats.perTier()) {
            rows.add(new String[] {"  " + tier.name(), Integer.toString(tier.positions())});
        }
        rows.add(new String[] {CliTexts.t("cli.stats.largestSpan"), stats.largestSpan()
                .map(s -> CliTexts.t("cli.stats.span", s.title(), s.id().toString(),
                        count(s.directReports(), "cli.stats.directReport")))
                .orElse(CliTexts.t("cli.stats.noSpan"))});
        rows.add(new String[] {CliTexts.t("cli.stats.assistants"), Integer.toString(stats.assistants())});
        rows.add(new String[] {CliTexts.t("cli.stats.dottedLines"), Integer.toString(stats.dottedLines())});
        rows.add(new String[] {CliTexts.t("cli.stats.fte"), grouped(stats.fte())});
        stats.cost().ifPresent(cost -> rows.add(new String[] {CliTexts.t("cli.stats.cost"), grouped(cost)
                + stats.currency().map(code -> " " + code).orElse("")
                + (stats.costed() == stats.positions() ? ""
                : " " + CliTexts.t("cli.stats.costedOf", Integer.toString(stats.costed()),
                        count(stats.positions(), "cli.count.position")))}));

        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            String label = row[0] + ":";
            text.append(row[1] == null ? label : String.format("%-" + width + "s %s", label, row[1]));
        }
        return text.toString();
    }

    /** 1,234,500.5: the same in every locale, so scripts that scrape the text are not surprised. */
    private static String grouped(java.math.BigDecimal n) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(n);
    }

    /** "1 level", "3 levels": {@code key}{@code .one} or {@code .other}, the number as digits. */
    private static String count(int n, String key) {
        return CliTexts.t(key + (n == 1 ? ".one" : ".other"), Integer.toString(n));
    }
}
