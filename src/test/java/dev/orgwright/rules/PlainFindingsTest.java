package dev.orgwright.rules;

import static dev.orgwright.rules.RuleFixtures.EXECUTIVE_TIER;
import static dev.orgwright.rules.RuleFixtures.SENIOR_TIER;
import static dev.orgwright.rules.RuleFixtures.chart;
import static dev.orgwright.rules.RuleFixtures.findings;
import static dev.orgwright.rules.RuleFixtures.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Messages;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A duty finding reads plainly: the tier the duty reads like and the words that make it so, with
 * the scores kept apart in the finding's details.
 */
class PlainFindingsTest {

    private static final Pattern NUMBER = Pattern.compile("\\d[.,]\\d");

    @AfterEach
    void backToEnglish() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Finding strategyAndBudgetOnAnExecutive() {
        Chart chart = chart(
                pos("ceo", "CEO", SENIOR_TIER, null),
                pos("head", "Head of Sales", EXECUTIVE_TIER, "ceo",
                        Duty.of("Sets the company's strategy and approves the company budget.")));
        List<Finding> found = findings(chart, "duty-outside-tier", "head");
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    @Test
    void theMessageNamesTheTierAndTheWordsItMatchedWithoutFigures() {
        Finding f = strategyAndBudgetOnAnExecutive();
        assertTrue(f.message().contains("reads like Senior Management work"), f.message());
        assertTrue(f.message().contains("mentions"), f.message());
        assertTrue(f.message().contains("strategy") && f.message().contains("budget"), f.message());
        assertFalse(NUMBER.matcher(f.message()).find(), "no scores in the message: " + f.message());
        assertFalse(NUMBER.matcher(f.explanation()).find(), "no scores in the explanation: " + f.explanation());
    }

    @Test
    void theDetailsHoldTheFiguresAndTheSetting() {
        Finding f = strategyAndBudgetOnAnExecutive();
        assertTrue(NUMBER.matcher(f.details()).find(), f.details());
        assertTrue(f.details().contains("confidence") || f.details().contains("Confidence"), f.details());
        assertTrue(f.details().contains("rules.duty-outside-tier.confidence"), f.details());
    }

    @Test
    void inGermanTheFindingIsGermanAndTheTierNameStaysAsTheChartHasIt() {
        Messages.setLocale(Locale.GERMAN);
        Finding f = strategyAndBudgetOnAnExecutive();
        assertTrue(f.message().contains("Senior Management"), f.message());
        assertTrue(f.message().contains("Aufgabe"), f.message());
        assertEquals("duty-outside-tier", f.ruleId());
        assertTrue(f.details().contains("0,"), "German decimal comma: " + f.details());
    }

    @Test
    void aFindingWithoutFiguresHasEmptyDetails() {
        Chart chart = chart(pos("ceo", "CEO", SENIOR_TIER, null));
        Finding f = findings(chart, "no-duties", "ceo").get(0);
        assertEquals("", f.details());
    }
}
