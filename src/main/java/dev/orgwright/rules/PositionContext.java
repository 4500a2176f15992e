package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.model.TypicalTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees of one position: the position, its manager and tier, where each of its
 * duties matches the catalog, and the nearest positions of each tier above it.
 */
public final class PositionContext {

    private final Chart chart;
    private final Position position;
    private final Ancestry ancestry;
    private final DutyMatcher matcher;
    private final TypicalTitles titles;
    private final DutyReader reader;
    private List<DutyMatch> matches;
    private List<List<SentenceReading>> readings;

    PositionContext(Chart chart, Position position, Ancestry ancestry, DutyReader reader, TypicalTitles titles) {
        this.chart = chart;
        this.position = position;
        this.ancestry = ancestry;
        this.matcher = reader.matcher();
        this.reader = reader;
        this.titles = titles;
    }

    public Chart chart() {
        return chart;
    }

    /** The position's layer: 1 for a top position, 2 for its reports, and so on. */
    public int layer() {
        return ancestry.layer();
    }

    public Position position() {
        return position;
    }

    public Optional<Position> manager() {
        return position.reportsTo() == null ? Optional.empty() : Optional.of(chart.position(position.reportsTo()));
    }

    public Optional<Tier> tier() {
        return position.tierId() == null ? Optional.empty() : chart.tier(position.tierId());
    }

    /** Where each duty matches, in the order of the duties. */
    public List<DutyMatch> matches() {
        if (matches == null) {
            List<DutyMatch> out = new ArrayList<>(position.duties().size());
            position.duties().forEach(d -> out.add(matcher.match(d)));
            matches = out;
        }
        return matches;
    }

    /** Each duty read sentence by sentence, in the order of the duties. */
    public List<List<SentenceReading>> readings() {
        if (readings == null) {
            List<List<SentenceReading>> out = new ArrayList<>(position.duties().size());
            position.duties().forEach(d -> out.add(reader.read(d)));
            readings = out;
        }
        return readings;
    }

    public DutyReader reader() {
        return reader;
    }

    public DutyMatcher matcher() {
        return matcher;
    }

    TypicalTitles titles() {
        return titles;
    }

    /** The nearest position of {@code tierId} in the chain of command above, if any. */
    public Optional<PositionId> nearestAbove(String tierId) {
        return Optional.ofNullable(ancestry.nearestOf(tierId));
    }

    /** The nearest position above whose tier ranks {@code rank} or higher, if any. */
    public Optional<PositionId> nearestAboveAtOrAbove(int rank) {
        return Optional.ofNullable(ancestry.nearestAtOrAbove(rank));
    }

    /** The name of a tier, or its id when the chart does not define it. */
    public String tierName(String tierId) {
        return chart.tier(tierId).map(Tier::name).orElse(tierId);
    }

    /** The position's title in quotes, the way every message names a position. */
    public String quotedTitle() {
        return RuleTexts.t("rules.title", position.title());
    }
}
