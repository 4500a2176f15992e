package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The card template in Chart → Properties: lines added, removed and moved, applied as one edit. */
class CardTemplateFormTest {

    private static Chart sample() {
        return CustomFieldEdits.define(FieldDefinition.of("location", "Location", FieldType.TEXT, false))
                .apply(SampleCharts.leadershipTeam());
    }

    @Test
    void theLinesCanBeAddedRemovedAndMovedAndApplyAsOneUndoableEdit() {
        Chart chart = sample();
        ChartPropertiesForm form = new ChartPropertiesForm(chart);
        assertEquals(List.of("title", "holder"), form.cardLines());
        assertEquals(List.of("department", "rollup", "field:location"), form.addableLines());

        form.addCardLine("field:location");
        form.addCardLine("rollup");
        form.addCardLine("rollup");
        form.moveCardLine("field:location", -1);
        form.moveCardLine("title", -1); // already at the top: stays
        form.removeCardLine("holder");
        form.cardPhotoProperty().set(false);

        Chart after = form.edit().orElseThrow().apply(chart);
        assertEquals(new CardTemplate(List.of("title", "field:location", "rollup"), false),
                CardTemplate.of(after.settings()));
        assertEquals(chart.settings(), CardTemplate.edit(CardTemplate.DEFAULT).apply(after).settings(),
                "the one edit changed only the template");
        assertEquals("Field: Location", form.cardLineName("field:location"));
    }

    @Test
    void removingAFieldDropsItsLineAndTooManyLinesAreSaid() {
        Chart chart = sample();
        ChartPropertiesForm form = new ChartPropertiesForm(chart);
        form.addCardLine("field:location");
        form.removeField(form.fields().get(0));

        Chart after = form.edit().orElseThrow().apply(chart);
        assertEquals(List.of("title", "holder"), CardTemplate.of(after.settings()).lines());

        ChartPropertiesForm full = new ChartPropertiesForm(chart);
        full.cardLines().setAll("title", "holder", "department", "rollup", "field:location", "field:a", "field:b",
                "field:c", "field:d");
        assertTrue(full.problem().orElseThrow().contains("at most 8 lines"), full.problem().toString());
    }
}
