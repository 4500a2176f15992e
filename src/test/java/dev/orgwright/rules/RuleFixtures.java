package dev.orgwright.rules;

import static dev.orgwright.model.Templates.EXECUTIVE;
import static dev.orgwright.model.Templates.SENIOR;
import static dev.orgwright.model.Templates.STAFF;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Tier;
import java.util.Arrays;
import java.util.List;

/**
 * Small hand-built charts for the rule tests, so that each test reads as the org it describes.
 * Positions are held by someone unless a test makes them vacant, so that vacancy findings do not
 * crowd the findings a test is about.
 */
final class RuleFixtures {

    static final String SENIOR_TIER = SENIOR;
    static final String EXECUTIVE_TIER = EXECUTIVE;
    static final String STAFF_TIER = STAFF;

    private RuleFixtures() {
    }

    static PositionId id(String value) {
        return PositionId.of(value);
    }

    /** A held position; {@code manager} null makes it a root. */
    static Position pos(String id, String title, String tierId, String manager, Duty... duties) {
        return new Position(PositionId.of(id), title, "Alex Holder", tierId, Arrays.asList(duties),
                manager == null ? null : PositionId.of(manager), List.of(), "", "", false, null);
    }

    static Chart chart(Position... positions) {
        return chart(Settings.NONE, positions);
    }

    static Chart chart(Settings settings, Position... positions) {
        return chart(null, settings, List.of(positions));
    }

    /** A chart with the given tiers (null: the default template) and settings. */
    static Chart chart(List<Tier> tiers, Settings settings, List<Position> positions) {
        try {
            var builder = Chart.builder().title("Test").settings(settings).addAll(positions);
            if (tiers != null) {
                builder.tiers(tiers);
            }
            return builder.build();
        } catch (InvalidChartException e) {
            throw new AssertionError("fixture chart should be whole: " + e.problems(), e);
        }
    }

    static Validation validate(Chart chart) {
        return Validator.withDefaultRules().validate(chart);
    }

    /** Every finding of {@code ruleId}, in the order of {@link Validation#all()}. */
    static List<Finding> findings(Chart chart, String ruleId) {
        return validate(chart).all().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The findings of {@code ruleId} about one position. */
    static List<Finding> findings(Chart chart, String ruleId, String positionId) {
        return validate(chart).findingsFor(PositionId.of(positionId)).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The labels of a finding's fixes, as the user would see them on {@code chart}. */
    static List<String> fixLabels(Finding f, Chart chart) {
        return f.fixes().stream().map(fix -> fix.label(chart)).toList();
    }

    static Settings settings(String path, Object value) {
        return Settings.NONE.with(path, value);
    }
}
