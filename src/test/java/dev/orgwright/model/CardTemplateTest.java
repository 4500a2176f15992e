package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.merge.ChartMerge;
import dev.orgwright.model.merge.MergeResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card template: read from the settings, checked, set as one edit, and kept by a merge. */
class CardTemplateTest {

    private static Chart chart() throws Exception {
        return Chart.builder().title("Acme")
                .add(new Position(PositionId.of("ceo"), "Chief Executive Officer", "", null, List.of(), null,
                        List.of(), "", "", false, UnknownFields.NONE))
                .build();
    }

    @Test
    void aChartWithoutATemplateShowsTitleAndHolderAndPhotos() throws Exception {
        assertEquals(CardTemplate.DEFAULT, CardTemplate.of(chart().settings()));
        assertEquals(List.of("title", "holder"), CardTemplate.DEFAULT.lines());
        assertTrue(CardTemplate.DEFAULT.photo());
    }

    @Test
    void theTemplateIsReadFromTheSettingsWithItsLinesInOrder() {
        Settings s = Settings.of(Map.of("card", Map.of("lines", List.of("holder", "field:location", "title"),
                "photo", false)));

        assertEquals(new CardTemplate(List.of("holder", "field:location", "title"), false), CardTemplate.of(s));
    }

    @Test
    void aBrokenTemplateIsNamedPartByPart() {
        assertEquals("Line 2 of the card must be \"title\", \"holder\", \"department\", \"rollup\" or \"field:ID\""
                        + " naming a custom field, not \"field:\".",
                CardTemplate.problem(Map.of("lines", List.of("title", "field:"))).orElseThrow());
        assertTrue(CardTemplate.problem(Map.of("lines", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")))
                .orElseThrow().contains("at most 8"));
        assertFalse(CardTemplate.problem(Map.of("lines", List.of(), "photo", true, "later", 1)).isPresent(),
                "no lines is allowed, and an unknown part is kept");
    }

    @Test
    void settingTheTemplateIsOneEditAndTheDefaultRemovesIt() throws Exception {
        Chart before = chart();
        CardTemplate t = new CardTemplate(List.of("title", "rollup"), false);

        Chart after = CardTemplate.edit(t).apply(before);

        assertEquals(t, CardTemplate.of(after.settings()));
        assertEquals(before.settings(), CardTemplate.edit(CardTemplate.DEFAULT).apply(after).settings());
    }

    @Test
    void aMergeKeepsTheTemplateOneSideSetAndThePhotosTheOtherAdded() throws Exception {
        Chart base = chart();
        CardTemplate t = new CardTemplate(List.of("title", "department"), true);
        Chart ours = CardTemplate.edit(t).apply(base);
        Chart theirs = base.withSettings(Photos.with(base.settings(), "ceo", "data:image/png;base64,AAAA"));

        MergeResult merged = ChartMerge.merge(base, ours, theirs);

        assertTrue(merged.isClean());
        assertEquals(t, CardTemplate.of(merged.chart().settings()));
        assertEquals(Map.of("ceo", "data:image/png;base64,AAAA"), Photos.of(merged.chart().settings()));
    }
}
