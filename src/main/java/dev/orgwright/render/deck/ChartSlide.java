package dev.orgwright.render.deck;

import dev.orgwright.layout.ChartLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.Set;

/**
 * One slide of the chart itself: a part of the organisation laid out on its own.
 *
 * @param heading       the slide's title: "Overview", or the title of the team's manager
 * @param team          the manager whose team this slide shows; null for the overview
 * @param shown         the positions on the slide as a chart of their own (its roots are the slide's top cards)
 * @param layout        where the cards go, in chart units
 * @param folded        cards whose teams continue on slides of their own
 * @param scale         points per chart unit
 * @param from          the index (in the deck's chart slides) of the slide this one continues, or -1
 * @param part          which of the slides of a team too big for one this is, from 1; 0 when it has one slide
 * @param parts         how many slides the team takes
 */
record ChartSlide(String heading, PositionId team, Chart shown, ChartLayout layout, Set<PositionId> folded,
                  double scale, int from, int part, int parts) {

    /** How many reporting lines the slide draws: one per card below the slide's top cards. */
    int reportingLines() {
        return shown.size() - shown.roots().size();
    }
}
