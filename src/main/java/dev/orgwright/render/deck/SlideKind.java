package dev.orgwright.render.deck;

/** What a slide of a deck shows. */
public enum SlideKind {
    /** The first slide: the deck's title, who it is for, the date. */
    TITLE,
    /** The chart: the overview, a team, or the whole chart. */
    CHART,
    /** What the colours, lines and marks mean. */
    LEGEND,
    /** A table: the findings, the analysis, a comparison's figures. */
    TABLE,
    /** Role charters, in the appendix. */
    CHARTER
}
