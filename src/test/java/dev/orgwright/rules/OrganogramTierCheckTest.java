package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.Templates;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tier check on a real chart, the Cabinet Office's senior posts: few false alarms, and the
 * out-of-tier duties planted in it found and quoted. The bounds are the measured figures
 * (8.7 % of posts flagged, 23 of 24 planted duties found), kept as regression floors inside the
 * targets (at most 10 %, at least 80 %). {@link OrganogramTierFigures#main} prints every finding.
 */
class OrganogramTierCheckTest {

    private static final Chart CHART = OrganogramTierFigures.chart();

    @Test
    void theChartHasEveryPostWithItsTierFromTheGrade() {
        assertEquals(277, CHART.size(), "distinct post references");
        long senior = 0;
        long executive = 0;
        for (Position p : CHART.inTreeOrder()) {
            senior += Templates.SENIOR.equals(p.tierId()) ? 1 : 0;
            executive += Templates.EXECUTIVE.equals(p.tierId()) ? 1 : 0;
        }
        assertEquals(27, senior, "SCS3 and SCS4 posts");
        assertEquals(248, executive, "SCS1 and SCS2 posts");
    }

    @Test
    void atMostNinePercentOfThePostsGetADutyFinding() {
        OrganogramTierFigures.Figures f = OrganogramTierFigures.falseAlarms(CHART);
        assertTrue(f.falseAlarmShare() <= 0.09, () -> f.flagged() + " of " + f.judged() + " posts flagged:\n"
                + String.join("\n", f.findings()));
    }

    @Test
    void findsAndQuotesAtLeast95PercentOfThePlantedOutOfTierDuties() {
        OrganogramTierFigures.Figures f = OrganogramTierFigures.planted(CHART);
        assertEquals(OrganogramTierFigures.SENIOR_WORK.size() + OrganogramTierFigures.STAFF_WORK.size(), f.planted());
        assertTrue(f.foundShare() >= 0.95, () -> f.found() + " of " + f.planted() + " found; missed:\n"
                + String.join("\n", f.missed()));
    }

    @Test
    void aPositionGetsOneFindingHoweverManySentencesPointElsewhere() {
        List<Finding> all = Validator.withDefaultRules().validate(CHART).all().stream()
                .filter(f -> f.ruleId().equals(DutyOutsideTierRule.ID)).toList();
        assertEquals(all.size(), all.stream().map(Finding::positionId).distinct().count());
    }
}
