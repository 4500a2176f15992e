package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pcollections.PMap;

/**
 * The findings of one version of a chart. Immutable; {@link #update} gives the findings of a
 * later version, re-checking only the positions that the edits in between touched when it can.
 */
public final class Validation {

    private final Validator validator;
    /** Null for findings not worked out yet ({@link #isPending}), made when first asked for. */
    private RuleEngine engine;
    private final Chart chart;
    private final PMap<PositionId, RuleEngine.PositionResult> results;
    private final Map<String, Integer> positionsPerTier;
    private final Map<String, Integer> carriers;
    private final List<Finding> chartFindings;
    private final Map<Severity, Integer> counts;
    private final RaciTally raci;
    private final WorstFindings worst;
    private final boolean pending;

    Validation(Validator validator, RuleEngine engine, Chart chart, PMap<PositionId, RuleEngine.PositionResult> results,
               WorstFindings worst, Map<String, Integer> positionsPerTier, Map<String, Integer> carriers,
               List<Finding> chartFindings, Map<Severity, Integer> positionCounts, RaciTally raci) {
        this(validator, engine, chart, results, worst, positionsPerTier, carriers, chartFindings, positionCounts, raci,
                false);
    }

    private Validation(Validator validator, RuleEngine engine, Chart chart,
                       PMap<PositionId, RuleEngine.PositionResult> results, WorstFindings worst,
                       Map<String, Integer> positionsPerTier, Map<String, Integer> carriers, List<Finding> chartFindings,
                       Map<Severity, Integer> positionCounts, RaciTally raci, boolean pending) {
        this.pending = pending;
        this.worst = worst;
        this.validator = validator;
        this.raci = raci;
        this.engine = engine;
        this.chart = chart;
        this.results = results;
        this.positionsPerTier = Map.copyOf(positionsPerTier);
        this.carriers = Map.copyOf(carriers);
        this.chartFindings = List.copyOf(chartFindings);
        Map<Severity, Integer> all = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            all.put(s, positionCounts.getOrDefault(s, 0));
        }
        chartFindings.forEach(f -> all.merge(f.severity(), 1, Integer::sum));
        this.counts = all;
    }

    /**
     * Findings of {@code chart} that are not known yet, because its check runs elsewhere (a large
     * chart is drawn before its findings arrive): none at all, until replaced by the real ones.
     */
    static Validation pending(Validator validator, Chart chart) {
        return new Validation(validator, null, chart, org.pcollections.HashTreePMap.empty(), WorstFindings.EMPTY,
                Map.of(), Map.of(), List.of(), Map.of(), RaciTally.EMPTY, true);
    }

    /** Whether these are the stand-in of findings still being worked out (then there are none). */
    public boolean isPending() {
        return pending;
    }

    /** The chart these findings are about. */
    public Chart chart() {
        return chart;
    }

    /** The findings of a later version of the chart. */
    public Validation update(Chart newer) {
        return validator.update(this, newer);
    }

    /** The findings about one position, in the order of the rules. */
    public List<Finding> findingsFor(PositionId id) {
        RuleEngine.PositionResult r = results.get(id);
        return r == null ? List.of() : r.findings();
    }

    /** The findings about the chart as a whole. */
    public List<Finding> chartFindings() {
        return chartFindings;
    }

    /** Every finding: the chart's first, then each position's in tree order. O(positions). */
    public List<Finding> all() {
        List<Finding> out = new ArrayList<>(chartFindings);
        if (results.isEmpty()) {
            return out; // no position has findings (or they are still pending): no walk over a large chart
        }
        for (Position p : chart.inTreeOrder()) {
            out.addAll(findingsFor(p.id()));
        }
        return out;
    }

    /** How many findings have this severity. */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /** The worst severity among a position's findings. */
    public Optional<Severity> worstFor(PositionId id) {
        return findingsFor(id).stream().map(Finding::severity).min(Enum::compareTo);
    }

    /**
     * Hands over each position that has findings with its worst severity, the worst first, for
     * views that need every finding at once. It reads the worst severities kept as the findings
     * were made, not the findings themselves.
     */
    public void forEachWorst(java.util.function.BiConsumer<PositionId, Severity> action) {
        worst.forEachAtLeast(Severity.INFO, action);
    }

    /**
     * The worst severity of each position that has findings, kept as the findings were made: a
     * zoomed-out chart marks each team with the worst finding inside it from these, reading only
     * the severities it shows.
     */
    public WorstFindings worst() {
        return worst;
    }

    /** The duty matcher of this chart's catalog, for explaining matches. */
    public DutyMatcher matcher() {
        return engine().matcher();
    }

    /** The duty reader of this chart's catalog, for explaining how each sentence was read. */
    public DutyReader reader() {
        return engine().reader();
    }

    RuleEngine engine() {
        if (engine == null) {
            engine = validator.engineFor(chart);
        }
        return engine;
    }

    PMap<PositionId, RuleEngine.PositionResult> results() {
        return results;
    }

    Map<String, Integer> positionsPerTier() {
        return positionsPerTier;
    }

    /** Who holds which role in each responsibility of this version of the chart. */
    public RaciTally raci() {
        return raci;
    }

    Map<String, Integer> carriers() {
        return carriers;
    }

    Map<Severity, Integer> positionCounts() {
        Map<Severity, Integer> own = new EnumMap<>(counts);
        chartFindings.forEach(f -> own.merge(f.severity(), -1, Integer::sum));
        return own;
    }
}
