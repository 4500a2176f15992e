package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.TypicalTitles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a validation, configured for one catalog and one set of settings: the duty and
 * title matchers are built once here and shared by every position check.
 */
final class RuleEngine {

    /**
     * What checking one position gave: its findings, the responsibilities it carries, its tier,
     * and its role in each responsibility its duties link to (the accountability matrix's row).
     */
    record PositionResult(List<Finding> findings, Set<String> carried, String tierId, Map<String, RaciRole> roles) {
        static final PositionResult NONE = new PositionResult(List.of(), Set.of(), null, Map.of());
    }

    private final RuleSet rules;
    private final List<RuleConfig> positionConfigs = new ArrayList<>();
    private final List<RuleConfig> chartConfigs = new ArrayList<>();
    private final DutyMatcher matcher;
    private final DutyReader reader;
    private final TypicalTitles titles;
    private final Ancestry.TierIndex tierIndex;
    private final Chart catalogOf;

    RuleEngine(RuleSet rules, Chart chart) {
        this.rules = rules;
        this.catalogOf = chart;
        rules.positionRules().forEach(r -> positionConfigs.add(new RuleConfig(r.id(), r.defaultSeverity(), chart.settings())));
        rules.chartRules().forEach(r -> chartConfigs.add(new RuleConfig(r.id(), r.defaultSeverity(), chart.settings())));
        this.matcher = new DutyMatcher(chart.tiers(), MatchSettings.of(chart.settings()));
        this.reader = DutyReader.forEveryLanguage(chart.tiers(), matcher);
        this.titles = new TypicalTitles(chart.tiers());
        this.tierIndex = new Ancestry.TierIndex(chart.tiers());
    }

    /** Whether this engine can check {@code chart}: same tiers and settings as the one it was built for. */
    boolean fits(Chart chart) {
        return chart.tiers().equals(catalogOf.tiers()) && chart.settings().equals(catalogOf.settings());
    }

    DutyMatcher matcher() {
        return matcher;
    }

    DutyReader reader() {
        return reader;
    }

    Ancestry.TierIndex tierIndex() {
        return tierIndex;
    }

    PositionResult check(Chart chart, Position p, Ancestry ancestry) {
        PositionContext ctx = new PositionContext(chart, p, ancestry, reader, titles);
        List<Finding> findings = new ArrayList<>(2);
        Reporter reporter = new Reporter(null, null, findings);
        for (int i = 0; i < positionConfigs.size(); i++) {
            RuleConfig config = positionConfigs.get(i);
            if (config.enabled()) {
                PositionRule rule = rules.positionRules().get(i);
                rule.check(ctx, reporter.forRule(rule.id(), config));
            }
        }
        Set<String> carried = Set.of();
        if (p.tierId() != null && !p.duties().isEmpty()) {
            Set<String> own = new HashSet<>(2);
            for (DutyMatch m : ctx.matches()) {
                if (m.isMatched() && p.tierId().equals(m.tierId())) {
                    own.add(m.responsibilityId());
                }
            }
            carried = own.isEmpty() ? Set.of() : Set.copyOf(own);
        }
        Map<String, RaciRole> roles = roles(p);
        if (findings.isEmpty() && carried.isEmpty() && p.tierId() == null && roles.isEmpty()) {
            return PositionResult.NONE;
        }
        return new PositionResult(List.copyOf(findings), carried, p.tierId(), roles);
    }

    /** The position's strongest role in each responsibility its duties link to. */
    static Map<String, RaciRole> roles(Position p) {
        Map<String, RaciRole> roles = null;
        for (Duty d : p.duties()) {
            if (d.responsibilityId() != null) {
                if (roles == null) {
                    roles = new java.util.HashMap<>(4);
                }
                roles.merge(d.responsibilityId(), d.role(), RaciRole::stronger);
            }
        }
        return roles == null ? Map.of() : Map.copyOf(roles);
    }

    List<Finding> checkChart(Chart chart, Map<String, Integer> perTier, Map<String, Integer> carriers, RaciTally raci) {
        ChartContext ctx = new ChartContext(chart, perTier, carriers, raci);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < chartConfigs.size(); i++) {
            RuleConfig config = chartConfigs.get(i);
            if (config.enabled()) {
                ChartRule rule = rules.chartRules().get(i);
                rule.check(ctx, new Reporter(rule.id(), config, findings));
            }
        }
        return List.copyOf(findings);
    }

    /** Checks {@code top} and everything below it, walking down with the chain of command. */
    void checkSubtree(Chart chart, PositionId top, Ancestry topAncestry, ResultSink sink) {
        record Frame(java.util.Iterator<PositionId> reports, Ancestry ancestry) {
        }
        java.util.Deque<Frame> stack = new java.util.ArrayDeque<>();
        stack.push(new Frame(List.of(top).iterator(), topAncestry));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (!frame.reports().hasNext()) {
                stack.pop();
                continue;
            }
            Position p = chart.position(frame.reports().next());
            sink.accept(p.id(), check(chart, p, frame.ancestry()));
            List<PositionId> below = chart.childrenOf(p.id());
            if (!below.isEmpty()) {
                stack.push(new Frame(below.iterator(), frame.ancestry().below(p)));
            }
        }
    }

    /** Receives each position's result. */
    interface ResultSink {
        void accept(PositionId id, PositionResult result);
    }
}
