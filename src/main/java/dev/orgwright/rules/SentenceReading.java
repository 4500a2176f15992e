package dev.orgwright.rules;

import java.util.List;
import java.util.Optional;

/**
 * What one sentence of a duty says about the tier of its work, and why. A sentence that is no
 * duty (a title, a description of a team, a fragment) has a reason and no tier. A duty points to
 * a tier with a confidence between 0 and 1, on the evidence of its scope (whose work it is) and
 * of the catalog responsibility it comes nearest to.
 *
 * @param sentence   the sentence as written
 * @param duty       whether it states something the post does
 * @param reason     why it is no duty, or {@code null} for a duty
 * @param scope      whose work the sentence is about
 * @param tierId     the tier it points to, or {@code null} when nothing points anywhere
 * @param confidence how strongly it points there, 0 to 1
 * @param cues       the words that decided, as written
 * @param match      its catalog match: the nearest responsibility and the words that matched
 */
public record SentenceReading(String sentence, boolean duty, String reason, Scope scope, String tierId,
                              double confidence, List<String> cues, DutyMatch match) {

    /** Whose work a duty is: the article's distinction between the tiers. */
    public enum Scope {
        /** The whole organisation's strategy, policy, budget or structure. */
        WHOLE_ORGANISATION("rules.scope.whole-organisation"),
        /** Running one part: a team, unit, function or programme. */
        ONE_PART("rules.scope.one-part"),
        /** Running one part day to day: the rota, the shifts, the daily queue. */
        DAY_TO_DAY("rules.scope.day-to-day"),
        /** Doing the work oneself. */
        OWN_WORK("rules.scope.own-work"),
        /** Nothing in the sentence says whose work it is. */
        UNSAID("rules.scope.unsaid");

        private final String key;

        Scope(String key) {
            this.key = key;
        }

        /** The scope in words, in the user's language, for explanations. */
        public String words() {
            return RuleTexts.t(key);
        }
    }

    public SentenceReading {
        cues = List.copyOf(cues);
    }

    /** A sentence that states nothing the post does. */
    static SentenceReading notADuty(String sentence, String reason, DutyMatch match) {
        return new SentenceReading(sentence, false, reason, Scope.UNSAID, null, 0, List.of(), match);
    }

    public Optional<String> tier() {
        return Optional.ofNullable(tierId);
    }
}
