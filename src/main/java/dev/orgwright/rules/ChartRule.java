package dev.orgwright.rules;

/** A rule about the chart as a whole, such as a responsibility nobody carries. */
public interface ChartRule {

    /** A stable id, used in settings and output. */
    String id();

    Severity defaultSeverity();

    /** What the rule checks, in a sentence. */
    String summary();

    void check(ChartContext context, Reporter reporter);
}
