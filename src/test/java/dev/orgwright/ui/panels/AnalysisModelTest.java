package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.analysis.AnalysisTables.By;
import dev.orgwright.analysis.HandChart;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.panels.AnalysisModel.Bar;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The series the analysis window draws, worked out without a window. */
class AnalysisModelTest {

    @Test
    void seriesOfTheHandChart() throws Exception {
        Chart chart = Edits.setCurrency("EUR").apply(HandChart.chart());
        AnalysisModel m = new AnalysisModel(chart);

        assertEquals(List.of("Positions: 9 (7 filled, 2 vacant, 1 planned, 1 closing)",
                "Managers: 4 · individual contributors: 5 (1.25 per manager)",
                "Layers: 4 · spans: mean 1.75, median 1.5 · single-report managers: 2",
                "FTE: 8.5 · cost: 810,000 EUR (8 of 9 positions)"), m.headlines());
        assertEquals(List.of(new Bar("1", 2), new Bar("2-3", 2), new Bar("4-7", 0), new Bar("8-12", 0),
                new Bar("13-16", 0), new Bar("17+", 0)), m.spanHistogram());
        assertEquals(List.of("Senior Management", "Executive Management", "No tier"),
                List.copyOf(m.layerPyramid().keySet()));
        assertEquals(List.of(new Bar("Layer 1", 1), new Bar("Layer 2", 2), new Bar("Layer 3", 0),
                new Bar("Layer 4", 0)), m.layerPyramid().get("Senior Management"));
        assertEquals(List.of(new Bar("Senior Management", 3), new Bar("Executive Management", 4),
                new Bar("No tier", 2)), m.headCount(By.TIER));
        assertEquals(new Bar("Finance", 250000), m.cost(By.DEPARTMENT).get(0));
        assertEquals(List.of("3 · CFO (Cy)", "2 · CEO (Ana)", "1 · CTO (Di)", "1 · LEAD (Gus)"),
                m.extremes(true).stream().map(AnalysisModel.ManagerSpan::text).toList());
    }

    @Test
    void budgetsStandBesideTheCostOfTheirGroups() throws Exception {
        Chart chart = Edits.setSettings(HandChart.chart().settings().with("targets.budget.tier.senior", 500000)
                .with("targets.budget.department.Finance", 300000)).apply(HandChart.chart());
        AnalysisModel m = new AnalysisModel(chart);
        assertEquals(List.of(new AnalysisModel.Budget("Senior Management", 500000, 510000)), m.budgets(By.TIER));
        assertEquals(List.of(new AnalysisModel.Budget("Finance", 300000, 250000)), m.budgets(By.DEPARTMENT));
        assertEquals(List.of(), new AnalysisModel(HandChart.chart()).budgets(By.TIER), "no budgets set");
    }

    @Test
    void followsAnEdit() throws Exception {
        Chart chart = HandChart.chart();
        AnalysisModel m = new AnalysisModel(chart);
        m.update(Edits.removeWithSubtree(PositionId.of("lead")).apply(chart));
        assertEquals(List.of(new Bar("1", 0), new Bar("2-3", 2), new Bar("4-7", 0), new Bar("8-12", 0),
                new Bar("13-16", 0), new Bar("17+", 0)), m.spanHistogram());
        assertEquals(3, m.analysis().layers());
    }
}
