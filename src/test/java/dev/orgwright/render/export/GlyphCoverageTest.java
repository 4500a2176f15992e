package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check printing and presentation make before they draw: which texts a drawing shows that no
 * font on this computer has every character of. U+E000, the first private-use code point, is in
 * none of the fonts installed for the tests (check with {@code fc-list ':charset=e000'}).
 */
class GlyphCoverageTest {

    private static final ExportFonts FONTS = new ExportFonts();
    private static final GlyphCoverage COVERAGE = new GlyphCoverage(FONTS);
    private static final String PRIVATE_USE = "\uE000";

    private static Chart chart(String ceoHolder, String cfoTitle) throws Exception {
        return Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder(ceoHolder))
                .add(Position.of("cfo", cfoTitle, null).withHolder("Ola Nowak").withReportsTo(PositionId.of("ceo")))
                .build();
    }

    private static List<UndrawnText> undrawn(Chart chart, ExportOptions options) {
        ExportSheet sheet = ExportRequest.of(chart, null, options).sheet(FONTS);
        return COVERAGE.undrawn(sheet, FONTS);
    }

    @Test
    void aCharacterNoFontHasIsMissingAndSpacesJoinersAndMarksAreNot() {
        assertFalse(COVERAGE.draws(0xE000));
        assertFalse(COVERAGE.draws(0x0378), "an unassigned code point");
        assertEquals(PRIVATE_USE, COVERAGE.missing("Zoë " + PRIVATE_USE + " Ångström" + PRIVATE_USE));
        assertEquals("", COVERAGE.missing("Zoë\u00A0Ångström\u200D\u200F\t"));
        assertTrue(COVERAGE.draws('A'));
    }

    @Test
    void everyScriptOfTheAllScriptsChartHasAFont() {
        List<String> missing = new ArrayList<>();
        for (String[] person : AllScriptsPdfTest.PEOPLE.values()) {
            for (String text : person) {
                if (!COVERAGE.missing(text).isEmpty()) {
                    missing.add(text + " lacks " + COVERAGE.missing(text));
                }
            }
        }
        assertEquals(List.of(), missing, "needs the fonts .ci/run installs (Noto, Droid Sans Fallback, Nanum)");
    }

    @Test
    void theTextsADrawingShowsThatLoseCharactersAreListedWithTheirPosition() throws Exception {
        List<UndrawnText> undrawn = undrawn(chart("Zoë " + PRIVATE_USE, "Chief " + PRIVATE_USE + " Officer"),
                ExportOptions.DEFAULT);
        assertEquals(2, undrawn.size(), undrawn.toString());
        assertEquals(new UndrawnText("ceo", "Zoë " + PRIVATE_USE, PRIVATE_USE), undrawn.get(0));
        assertEquals("cfo", undrawn.get(1).position());
        assertTrue(undrawn.get(1).text().contains(PRIVATE_USE), undrawn.get(1).text());
        assertTrue(undrawn.get(0).describe().contains("(U+E000)"), undrawn.get(0).describe());
    }

    @Test
    void aTextTheOutputDoesNotShowIsNotListed() throws Exception {
        Chart chart = chart("Zoë " + PRIVATE_USE, "Chief Financial Officer");
        assertEquals(List.of(), undrawn(chart, ExportOptions.DEFAULT.withHolders(false)), "holders hidden");
        assertEquals(List.of(), undrawn(chart("Zoë", "Chief Financial Officer"), ExportOptions.DEFAULT));
    }

    @Test
    void theTitleAboveTheChartIsListedWithoutAPosition() throws Exception {
        List<UndrawnText> undrawn = undrawn(chart("Zoë", "Chief Financial Officer"),
                ExportOptions.DEFAULT.withTitle("Board " + PRIVATE_USE));
        assertEquals(1, undrawn.size(), undrawn.toString());
        assertEquals(null, undrawn.get(0).position());
    }
}
