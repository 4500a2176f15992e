package dev.orgwright.rules;

/**
 * A rule that looks at one position at a time. It must depend only on the position, its
 * manager, its reports, its chain of command and the catalog: that is what lets findings be
 * brought up to date for what an edit touched.
 */
public interface PositionRule {

    /** A stable id, used in settings and output: {@code duty-outside-tier}. */
    String id();

    Severity defaultSeverity();

    /** What the rule checks, in a sentence, for help and documentation. */
    String summary();

    void check(PositionContext context, Reporter reporter);
}
