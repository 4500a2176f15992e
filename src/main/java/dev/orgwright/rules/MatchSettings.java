package dev.orgwright.rules;

import dev.orgwright.model.Settings;

/**
 * How sure the duty matcher must be. {@code threshold}: the score under which a duty is
 * unmatched. {@code margin}: how much better another tier's responsibility must score than the
 * best of the position's own tier before a duty is called that other tier's. The threshold
 * was tuned on the tuning half of the labelled duty set under
 * {@code src/test/resources/dev/orgwright/rules}: high enough that one weak word in a sentence
 * about the post ("Team of five") is no match. A chart can change both under
 * {@code rules.matching} in its settings.
 */
public record MatchSettings(double threshold, double margin) {

    public static final double DEFAULT_THRESHOLD = 2.2;
    public static final double DEFAULT_MARGIN = 0.5;

    public static final MatchSettings DEFAULTS = new MatchSettings(DEFAULT_THRESHOLD, DEFAULT_MARGIN);

    /** The matching settings of a chart, defaults where it says nothing. */
    public static MatchSettings of(Settings settings) {
        return new MatchSettings(settings.number("rules.matching.threshold", DEFAULT_THRESHOLD),
                settings.number("rules.matching.margin", DEFAULT_MARGIN));
    }
}
