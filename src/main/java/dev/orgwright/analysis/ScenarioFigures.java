package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The current state and every scenario of a chart side by side, one row each: the figures a
 * consultant puts in front of a client when choosing between designs. The counts of findings
 * come from the rules, which this package does not know: the caller passes them in.
 */
public final class ScenarioFigures {

    /** What the current state is called in the table, in the user's language. */
    public static String currentState() {
        return Scenarios.currentStateName();
    }

    /** Errors and warnings of one design, as the rules found them. */
    public record Findings(int errors, int warnings) {
    }

    /**
     * One design's figures.
     *
     * @param id   the scenario's id; empty for the current state
     * @param name the scenario's name, or {@link #currentState()}
     */
    public record Row(String id, String name, int positions, int vacancies, int managers, int layers,
                      Optional<BigDecimal> medianSpan, BigDecimal fte, BigDecimal cost, int costKnown,
                      int errors, int warnings) {

        static Row of(String id, String name, Analysis a, Findings findings) {
            return new Row(id, name, a.positions(), a.vacant(), a.managers(), a.layers(), a.medianSpan(), a.fte(),
                    a.cost(), a.costKnown(), findings.errors(), findings.warnings());
        }
    }

    private ScenarioFigures() {
    }

    /**
     * A row for the current state of {@code chart} and one per scenario, in the chart's order;
     * {@code findings} counts the findings of one design (a scenario given with the chart's
     * title, catalog and settings, as {@link Scenarios#shown} makes it).
     */
    public static List<Row> rows(Chart chart, Function<Chart, Findings> findings) {
        Analyzer analyzer = Analyzer.withDefaultBands();
        List<Row> rows = new ArrayList<>();
        Chart current = Scenarios.currentState(chart);
        rows.add(Row.of("", currentState(), analyzer.analyze(current), findings.apply(current)));
        for (Scenario s : chart.scenarios()) {
            Chart shown = Scenarios.shown(chart, s);
            rows.add(Row.of(s.id(), s.name(), analyzer.analyze(shown), findings.apply(shown)));
        }
        return rows;
    }

    /**
     * The rows as a table for people (the window's pane, the text and Markdown of the command
     * line), headed in the user's language; the JSON of the command line is written from the rows
     * with English names. Cost totals only (as {@code stats} shows them), and no cost column when
     * no position has one.
     */
    public static AnalysisTables.Table table(List<Row> rows, Chart chart) {
        boolean costs = rows.stream().anyMatch(r -> r.costKnown() > 0);
        List<String> header = new ArrayList<>(List.of(AnalysisTexts.t("analysis.scenarios.design"),
                AnalysisTexts.t("analysis.scenarios.positions"), AnalysisTexts.t("analysis.scenarios.vacancies"),
                AnalysisTexts.t("analysis.scenarios.managers"), AnalysisTexts.t("analysis.scenarios.layers"),
                AnalysisTexts.t("analysis.scenarios.medianSpan"), AnalysisTexts.t("analysis.scenarios.fte")));
        if (costs) {
            header.add(AnalysisTexts.t("analysis.scenarios.cost"));
        }
        header.addAll(List.of(AnalysisTexts.t("analysis.scenarios.errors"), AnalysisTexts.t("analysis.scenarios.warnings")));
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.name(), Integer.toString(r.positions()),
                    Integer.toString(r.vacancies()), Integer.toString(r.managers()), Integer.toString(r.layers()),
                    r.medianSpan().map(AnalysisTables::number).orElse("–"), AnalysisTables.number(r.fte())));
            if (costs) {
                row.add(r.costKnown() > 0 ? AnalysisTables.money(r.cost(), chart) : "–");
            }
            row.add(Integer.toString(r.errors()));
            row.add(Integer.toString(r.warnings()));
            out.add(row);
        }
        return new AnalysisTables.Table(AnalysisTexts.t("analysis.scenarios.title"), header, out);
    }
}
