package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartChange;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * Validates charts: every rule of a {@link RuleSet} over every position, then the chart rules.
 * After an edit, {@link #update} re-checks what the edit touched — the changed positions, their
 * managers, and, when a tier or a reporting line changed, everything below — and keeps the rest.
 */
public final class Validator {

    private final RuleSet rules;

    public Validator(RuleSet rules) {
        this.rules = rules;
    }

    /** A validator with Orgwright's rules. */
    public static Validator withDefaultRules() {
        return new Validator(RuleSet.defaults());
    }

    /** Checks the whole chart. */
    public Validation validate(Chart chart) {
        RuleEngine engine = new RuleEngine(rules, chart);
        Map<PositionId, RuleEngine.PositionResult> results = new HashMap<>(chart.size() * 2);
        Tally tally = new Tally(Map.of(), Map.of(), Map.of(), RaciTally.EMPTY);
        Ancestry root = Ancestry.ofRoot(engine.tierIndex());
        for (PositionId top : chart.roots()) {
            engine.checkSubtree(chart, top, root, (id, result) -> {
                tally.add(id, result);
                if (result != RuleEngine.PositionResult.NONE) {
                    results.put(id, result);
                }
            });
        }
        return finish(engine, chart, HashTreePMap.from(results), WorstFindings.of(results.entrySet()), tally);
    }

    /**
     * A stand-in for the findings of {@code chart} while {@link #validate} runs on another
     * thread: no findings, {@link Validation#isPending}. Updating it checks the whole chart.
     */
    public Validation pending(Chart chart) {
        return Validation.pending(this, chart);
    }

    RuleEngine engineFor(Chart chart) {
        return new RuleEngine(rules, chart);
    }

    /** The findings of {@code newer}, re-using those of {@code previous} for what did not change. */
    public Validation update(Validation previous, Chart newer) {
        if (previous.isPending()) {
            return validate(newer);
        }
        Optional<ChartChange> change = newer.changesSince(previous.chart());
        if (change.isEmpty() || change.get().catalogChanged() || !previous.engine().fits(newer)) {
            return validate(newer);
        }
        Chart older = previous.chart();
        RuleEngine engine = previous.engine();
        Set<PositionId> dirty = new LinkedHashSet<>();
        Set<PositionId> subtreeTops = new LinkedHashSet<>();
        for (PositionId id : change.get().positions()) {
            dirty.add(id);
            Position now = newer.find(id).orElse(null);
            Position before = older.find(id).orElse(null);
            if (now == null || before == null || now == before) {
                continue;
            }
            if (!Objects.equals(before.reportsTo(), now.reportsTo()) || !Objects.equals(before.tierId(), now.tierId())) {
                subtreeTops.add(id); // the chain of command of everything below changed
                if (now.reportsTo() != null) {
                    dirty.add(now.reportsTo()); // whether a tier change is safe depends on the reports' tiers
                }
            } else {
                if (!before.title().equals(now.title())) {
                    dirty.addAll(newer.childrenOf(id)); // their messages may name their manager
                }
                if (before.assistant() != now.assistant() && now.reportsTo() != null) {
                    dirty.add(now.reportsTo()); // assistants do not count towards the manager's span
                }
            }
        }
        // A duty-outside-tier fix may hand a duty to the nearest report of a lower tier anywhere in
        // the team below, so a change deep inside a team can change the fix of a manager far above.
        Set<PositionId> walkedBefore = new HashSet<>();
        Set<PositionId> walkedNow = new HashSet<>();
        for (PositionId id : change.get().positions()) {
            dirtyAncestorsWithDutyFixes(older, id, previous, newer, walkedBefore, dirty);
            dirtyAncestorsWithDutyFixes(newer, id, previous, newer, walkedNow, dirty);
        }
        Tally tally = new Tally(previous.positionsPerTier(), previous.carriers(), previous.positionCounts(), previous.raci());
        PMap<PositionId, RuleEngine.PositionResult>[] results = new PMap[] {previous.results()};
        Map<PositionId, Severity[]> worstChanges = new HashMap<>();
        RuleEngine.ResultSink sink = (id, result) -> {
            RuleEngine.PositionResult old = results[0].get(id);
            tally.remove(id, old == null ? RuleEngine.PositionResult.NONE : old);
            tally.add(id, result);
            results[0] = result == RuleEngine.PositionResult.NONE ? results[0].minus(id) : results[0].plus(id, result);
            noteWorst(worstChanges, id, old, result);
        };
        for (PositionId top : subtreeTops) {
            engine.checkSubtree(newer, top, Ancestry.of(newer, top, engine.tierIndex()), sink);
        }
        for (PositionId id : dirty) {
            Optional<Position> now = newer.find(id);
            if (now.isEmpty()) {
                RuleEngine.PositionResult old = results[0].get(id);
                if (old != null) {
                    tally.remove(id, old);
                    results[0] = results[0].minus(id);
                    noteWorst(worstChanges, id, old, RuleEngine.PositionResult.NONE);
                }
            } else if (!subtreeTops.contains(id)) {
                sink.accept(id, engine.check(newer, now.get(), Ancestry.of(newer, id, engine.tierIndex())));
            }
        }
        return finish(engine, newer, results[0], previous.worst().with(worstChanges), tally);
    }

    /**
     * Notes in {@code changes} that {@code id}'s worst finding went from {@code old}'s to {@code now}'s
     * (a position re-checked twice keeps the severity it had before the first check).
     */
    private static void noteWorst(Map<PositionId, Severity[]> changes, PositionId id, RuleEngine.PositionResult old,
                                  RuleEngine.PositionResult now) {
        Severity[] known = changes.get(id);
        Severity before = known != null ? known[0] : old == null ? null : WorstFindings.worstOf(old);
        Severity after = WorstFindings.worstOf(now);
        if (before == after) {
            changes.remove(id);
        } else {
            changes.put(id, new Severity[] {before, after});
        }
    }

    /**
     * Adds to {@code dirty} the managers above {@code id} in {@code chart} that had a
     * duty-outside-tier finding. Stops at a manager already walked, so a large removal costs
     * O(positions), not O(positions x depth).
     */
    private static void dirtyAncestorsWithDutyFixes(Chart chart, PositionId id, Validation previous, Chart newer,
                                                    Set<PositionId> walked, Set<PositionId> dirty) {
        PositionId current = chart.find(id).map(Position::reportsTo).orElse(null);
        while (current != null && walked.add(current)) {
            if (newer.contains(current) && previous.findingsFor(current).stream()
                    .anyMatch(f -> f.ruleId().equals(DutyOutsideTierRule.ID))) {
                dirty.add(current);
            }
            current = chart.position(current).reportsTo();
        }
    }

    private Validation finish(RuleEngine engine, Chart chart, PMap<PositionId, RuleEngine.PositionResult> results,
                              WorstFindings worst, Tally tally) {
        RaciTally raci = tally.raci.build();
        List<Finding> chartFindings = engine.checkChart(chart, tally.perTier, tally.carriers, raci);
        return new Validation(this, engine, chart, results, worst, tally.perTier, tally.carriers, chartFindings,
                tally.counts, raci);
    }

    /** Running totals that chart rules and the status bar need, kept up to date position by position. */
    private static final class Tally {
        final Map<String, Integer> perTier;
        final Map<String, Integer> carriers;
        final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        final RaciTally.Builder raci;

        Tally(Map<String, Integer> perTier, Map<String, Integer> carriers, Map<Severity, Integer> counts,
              RaciTally raci) {
            this.perTier = new HashMap<>(perTier);
            this.carriers = new HashMap<>(carriers);
            this.counts.putAll(counts);
            this.raci = raci.builder();
        }

        void add(PositionId id, RuleEngine.PositionResult r) {
            change(r, 1);
            raci.add(id, r.roles());
        }

        void remove(PositionId id, RuleEngine.PositionResult r) {
            change(r, -1);
            raci.remove(id, r.roles());
        }

        private void change(RuleEngine.PositionResult r, int by) {
            if (r.tierId() != null) {
                perTier.merge(r.tierId(), by, Integer::sum);
            }
            r.carried().forEach(id -> carriers.merge(id, by, Integer::sum));
            r.findings().forEach(f -> counts.merge(f.severity(), by, Integer::sum));
        }
    }
}
