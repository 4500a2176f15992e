package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Templates;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How often the duty reader puts a sentence of a real job description in the tier it was
 * labelled with (or finds no duty where there is none). The claim is on the held-out third;
 * the floors are what was measured, rounded down, so that a change to the cues or the catalog
 * cannot quietly make it worse. {@link RealDutyFigures#main} prints the tables.
 */
class RealDutyAccuracyTest {

    /** Measured 87.3 % (69 of 79). */
    private static final double REQUIRED_HELD_OUT = 0.87;
    /** Measured 91.3 % (146 of 160). */
    private static final double REQUIRED_TUNING = 0.91;

    private final List<RealDutyFigures.Labelled> set = RealDutyFigures.read();
    private final DutyReader reader = DutyReader.english(Templates.leadershipTeam(), MatchSettings.DEFAULTS);

    @Test
    void theSetHasAFewHundredDistinctSentencesAndAThirdIsHeldOut() {
        assertTrue(set.size() >= 230, "the set has " + set.size() + " sentences");
        Set<String> sentences = new HashSet<>();
        set.forEach(l -> assertTrue(sentences.add(l.sentence()), "twice: " + l.sentence()));
        long held = set.stream().filter(l -> l.split().equals("held")).count();
        assertEquals(set.size() / 3, held, "every third sentence is held out");
        for (String label : DutyMatchingFigures.LABELS) {
            assertTrue(set.stream().anyMatch(l -> l.label().equals(label) && l.split().equals("held")),
                    "the held-out third has " + label + " sentences");
        }
    }

    @Test
    void readsAtLeast87PercentOfTheHeldOutSentencesRight() {
        assertAccurate(RealDutyFigures.figures(reader, set, "held"), REQUIRED_HELD_OUT);
    }

    @Test
    void readsAtLeast91PercentOfTheTuningSentencesRight() {
        assertAccurate(RealDutyFigures.figures(reader, set, "tune"), REQUIRED_TUNING);
    }

    static void assertAccurate(DutyMatchingFigures.Figures figures, double required) {
        assertTrue(figures.accuracy() >= required, () -> String.format(Locale.ROOT,
                "accuracy %.1f %% is under %.0f %%%n%s", 100 * figures.accuracy(), 100 * required, figures.table()));
    }
}
