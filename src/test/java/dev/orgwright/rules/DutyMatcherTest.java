package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Templates;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the duty matcher reads free-text duties against the default catalog, and why it says so. */
class DutyMatcherTest {

    private final DutyMatcher matcher = new DutyMatcher(Templates.leadershipTeam(), MatchSettings.DEFAULTS);

    @Test
    void aDutyInOtherWordFormsMeetsItsResponsibility() {
        assertEquals(Words.stems("Review budgets"), Words.stems("reviews the budget"));
        DutyMatch m = matcher.match("reviews the budget");
        assertEquals("budgets", m.responsibilityId());
        assertEquals(Templates.SENIOR, m.tierId());
        assertEquals(m.score(), matcher.match("Review budgets").score(), 1e-9);
    }

    @Test
    void restructuresAndRestructuringMeetTheSameResponsibility() {
        DutyMatch verb = matcher.match("Restructures the regional teams");
        DutyMatch noun = matcher.match("Leads the restructuring of the regional teams");
        assertEquals("restructuring", verb.responsibilityId());
        assertEquals("restructuring", noun.responsibilityId());
        assertEquals(List.of("Restructures"), verb.words());
        assertTrue(noun.words().contains("restructuring"), noun.words()::toString);
    }

    @Test
    void aLinkedDutyIsMatchedByItsLinkWhateverItsWords() {
        DutyMatch m = matcher.match(Duty.linked("Runs the daily stand-up", "budgets"));
        assertTrue(m.linked());
        assertEquals("budgets", m.responsibilityId());
        assertEquals(Templates.SENIOR, m.tierId());
        assertEquals("Runs the daily stand-up", m.duty());
        assertEquals(Optional.of("budgets"), m.responsibility());

        DutyMatch hands = matcher.match(Duty.linked("Fixes the printers", "operations"));
        assertTrue(hands.isMatched());
        assertEquals(Templates.EXECUTIVE, hands.tierId());
    }

    @Test
    void aDutyLinkedToAnUnknownResponsibilityIsMatchedByItsWords() {
        DutyMatch m = matcher.match(Duty.linked("Runs the daily stand-up", "no-such-responsibility"));
        assertFalse(m.linked());
        assertEquals(Templates.EXECUTIVE, m.tierId());
        assertEquals(matcher.match("Runs the daily stand-up").responsibilityId(), m.responsibilityId());
    }

    @Test
    void aKeywordFoundWholeIsStrongEvidence() {
        // The same stems; only the first has them in the keyword's order ("growth plan").
        DutyMatch whole = matcher.match("Drives the growth plan");
        DutyMatch scattered = matcher.match("Plans the growth");
        assertEquals("strategy", whole.responsibilityId());
        assertTrue(whole.score() - scattered.score() >= 1.4,
                () -> "keyword bonus: " + whole.score() + " against " + scattered.score());
        // One keyword alone is enough for a match, with none of the responsibility's sentence.
        DutyMatch layoffs = matcher.match("Handles the layoffs");
        assertEquals("restructuring", layoffs.responsibilityId());
        assertTrue(layoffs.score() >= MatchSettings.DEFAULT_THRESHOLD);
    }

    @Test
    void keywordsOutweighTheCommonVerbsOfAResponsibilitysSentence() {
        // "run" and "work" are words of the operations sentence; "budget" is a keyword of budgets.
        DutyMatch m = matcher.match("Runs the work on the budget");
        assertEquals("budgets", m.responsibilityId());
        assertEquals("operations", m.runnerUpId());
    }

    @Test
    void reportsTheWordsThatMatchedAsWrittenAndTheRunnerUp() {
        DutyMatch m = matcher.match("Reviews the Budget every quarter");
        assertEquals("budgets", m.responsibilityId());
        assertEquals(List.of("Reviews", "Budget"), m.words());
        assertNotNull(m.runnerUpId());
        assertNotEquals(m.responsibilityId(), m.runnerUpId());
        assertTrue(m.runnerUpScore() < m.score());
        assertEquals(m.score(), m.bestScoreIn(Templates.SENIOR), 1e-9);
        assertEquals(m.runnerUpScore(), m.bestScoreIn(Templates.EXECUTIVE), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Writes the mobile app", "Fixes the printers", "Answers the phone"})
    void handsOnWorkMatchesTheStaffTier(String duty) {
        DutyMatch m = matcher.match(duty);
        assertTrue(m.isMatched(), () -> "score " + m.score());
        assertEquals(Templates.STAFF, m.tierId());
    }

    // A sentence about the post, not a piece of work, must not count as anyone's duty.
    @ParameterizedTest
    @ValueSource(strings = {"Speaks fluent German and French", "Joined in 2019 from a competitor",
            "Represents us with our key technology partners"})
    void aSentenceThatIsNoDutyMatchesNoResponsibility(String duty) {
        DutyMatch m = matcher.match(duty);
        assertFalse(m.isMatched());
        assertNull(m.responsibilityId());
        assertNull(m.tierId());
        assertEquals(Optional.empty(), m.tier());
        assertTrue(m.score() < MatchSettings.DEFAULT_THRESHOLD);
    }

    @Test
    void aWeakMatchIsUnmatchedButKeepsItsNearestResponsibility() {
        DutyMatch m = matcher.match("Keeps accounts and the office network working");
        assertFalse(m.isMatched());
        assertEquals("operations", m.nearestId());
        assertTrue(m.score() > 0 && m.score() < MatchSettings.DEFAULT_THRESHOLD, () -> "score " + m.score());
    }

    @Test
    void theThresholdComesFromTheSettings() {
        DutyMatcher strict = new DutyMatcher(Templates.leadershipTeam(), new MatchSettings(100, 0.5));
        assertFalse(strict.match("reviews the budget").isMatched());
        assertEquals("budgets", strict.match("reviews the budget").nearestId());
        DutyMatcher lenient = new DutyMatcher(Templates.leadershipTeam(), new MatchSettings(0.5, 0.5));
        assertEquals("operations", lenient.match("Keeps accounts and the office network working")
                .responsibilityId());
    }

    @Test
    void knowsTheCatalogsResponsibilitiesAndTheirTiers() {
        assertTrue(matcher.knows("strategy"));
        assertFalse(matcher.knows("retired-responsibility"));
        assertEquals(Optional.of(Templates.EXECUTIVE), matcher.tierOf("performance"));
        assertEquals(Optional.empty(), matcher.tierOf("retired-responsibility"));
    }
}
