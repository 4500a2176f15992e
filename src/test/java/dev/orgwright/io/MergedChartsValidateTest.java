package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.diff.RandomEdits;
import dev.orgwright.model.merge.ChartMerge;
import dev.orgwright.model.merge.RandomScenarios;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A merged chart, with or without conflicts, is written as a document the published schema
 * accepts and reads back as the same chart: git leaves the merge driver's file in the work tree,
 * and every tool after it must be able to read it.
 */
class MergedChartsValidateTest {

    @Provide
    Arbitrary<Chart> charts() {
        return RandomEdits.charts(20);
    }

    @Provide
    Arbitrary<List<RandomEdits.Recipe>> edits() {
        return RandomEdits.recipes(15);
    }

    @Property(tries = 200)
    void aMergedChartValidatesAndReadsBack(@ForAll("charts") Chart base, @ForAll("edits") List<RandomEdits.Recipe> x,
                                           @ForAll("edits") List<RandomEdits.Recipe> y) throws Exception {
        Chart merged = ChartMerge.merge(base, RandomEdits.apply(base, x), RandomEdits.apply(base, y)).chart();

        byte[] document = ChartWriter.toBytes(merged);

        assertEquals(List.of(), ChartSchema.problems(document), () -> new String(document, StandardCharsets.UTF_8));
        assertEquals(merged, ChartReader.read(document, "merged.orgchart.json"));
    }

    @Provide
    Arbitrary<Chart> scenarioCharts() {
        return RandomScenarios.charts(15);
    }

    @Provide
    Arbitrary<RandomScenarios.Side> sides() {
        return RandomScenarios.sides(8, 3);
    }

    @Property(tries = 200)
    void aMergedChartWithScenariosValidatesAndReadsBack(@ForAll("scenarioCharts") Chart base,
                                                        @ForAll("sides") RandomScenarios.Side x,
                                                        @ForAll("sides") RandomScenarios.Side y) throws Exception {
        Chart merged = ChartMerge.merge(base, x.applyTo(base), y.applyTo(base)).chart();

        byte[] document = ChartWriter.toBytes(merged);

        assertEquals(List.of(), ChartSchema.problems(document), () -> new String(document, StandardCharsets.UTF_8));
        assertEquals(merged, ChartReader.read(document, "merged.orgchart.json"));
    }
}
