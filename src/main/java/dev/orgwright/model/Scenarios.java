package dev.orgwright.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What can be done with the scenarios of a chart, as pure functions: find one by id or name,
 * add, rename, delete, promote one to be the current state. The scenarios themselves are kept
 * by the {@link Chart}, so that every path that rewrites a chart keeps them.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * {@code scenarios} as an immutable list, or an exception saying what is wrong: two with one
     * id, a {@code basedOn} naming no scenario, or scenarios based on one another in a circle.
     */
    static List<Scenario> checked(List<Scenario> scenarios) {
        Map<String, Scenario> byId = new HashMap<>();
        for (Scenario s : scenarios) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("Two scenarios have the id '" + s.id() + "'.");
            }
        }
        for (Scenario s : scenarios) {
            if (s.basedOn() != null && !byId.containsKey(s.basedOn())) {
                throw new IllegalArgumentException("The scenario '" + s.name() + "' is based on '" + s.basedOn()
                        + "', which is not a scenario of this chart.");
            }
        }
        Optional<List<String>> cycle = cycle(scenarios);
        if (cycle.isPresent()) {
            throw new IllegalArgumentException(describeCycle(cycle.get()));
        }
        return List.copyOf(scenarios);
    }

    /** Scenario ids that are based on one another in a circle, in the order of the circle. */
    public static Optional<List<String>> cycle(List<Scenario> scenarios) {
        Map<String, String> base = new HashMap<>();
        for (Scenario s : scenarios) {
            base.put(s.id(), s.basedOn());
        }
        Set<String> cleared = new HashSet<>();
        for (Scenario s : scenarios) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String current = s.id();
            while (current != null && !cleared.contains(current) && base.containsKey(current)) {
                if (!onPath.add(current)) {
                    return Optional.of(path.subList(path.indexOf(current), path.size()));
                }
                path.add(current);
                current = base.get(current);
            }
            cleared.addAll(path);
        }
        return Optional.empty();
    }

    /** "The scenarios 'a', 'b' are based on one another in a circle; …" */
    public static String describeCycle(List<String> ids) {
        return ModelTexts.t("model.scenarios.cycle", "'" + String.join("', '", ids) + "'");
    }

    /**
     * {@code changed}, whose tiers or fields were just changed, when every scenario still fits
     * them (a scenario shares the chart's catalog); otherwise the change is refused, saying which
     * scenario it would break and how, so that no save writes a scenario that cannot be read.
     */
    static Chart fitCatalog(Chart changed) {
        for (Scenario s : changed.scenarios()) {
            catalogProblem(changed, s.chart()).ifPresent(problem -> {
                throw new EditRefusedException("This change does not fit the scenario '" + s.name() + "': "
                        + problem + " Change the scenario first, or delete it.");
            });
        }
        return changed;
    }

    /** Why the positions of {@code scenario} do not fit the tiers and fields of {@code catalog}, if they do not. */
    public static Optional<String> catalogProblem(Chart catalog, Chart scenario) {
        if (scenario.tiers().equals(catalog.tiers()) && scenario.fields().equals(catalog.fields())) {
            return Optional.empty();
        }
        try {
            Chart.builder().title(catalog.title()).tiers(catalog.tiers()).fields(catalog.fields())
                    .addAll(scenario.inTreeOrder()).build();
            return Optional.empty();
        } catch (InvalidChartException e) {
            return Optional.of(e.problems().get(0).message());
        }
    }

    /** The scenario with this id, or else with this name (ignoring case). */
    public static Optional<Scenario> find(Chart chart, String idOrName) {
        for (Scenario s : chart.scenarios()) {
            if (s.id().equals(idOrName)) {
                return Optional.of(s);
            }
        }
        for (Scenario s : chart.scenarios()) {
            if (s.name().equalsIgnoreCase(idOrName.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * "'lean' (Lean), 'growth' (After the funding round)", or "the chart has none" for a chart
     * without scenarios, in the user's language.
     */
    public static String known(Chart chart) {
        if (chart.scenarios().isEmpty()) {
            return ModelTexts.t("model.scenario.none");
        }
        List<String> names = new ArrayList<>();
        for (Scenario s : chart.scenarios()) {
            names.add(ModelTexts.t("model.scenario.named", s.id(), s.name()));
        }
        return String.join(", ", names);
    }

    /** What the current state (the chart without a scenario) is called, in the user's language. */
    public static String currentStateName() {
        return ModelTexts.t("model.scenario.currentState");
    }

    /** The current state alone: the chart without its scenarios. */
    public static Chart currentState(Chart chart) {
        return chart.scenarios().isEmpty() ? chart : chart.withScenarios(List.of());
    }

    /**
     * The chart of a scenario with the chart's own title, catalog and settings, which a
     * scenario shares: what exports, comparisons and the analysis of a scenario read.
     */
    public static Chart shown(Chart chart, Scenario scenario) {
        return currentState(chart).withPositionsOf(scenario.chart());
    }

    /** An id for a new scenario named {@code name}: its words in lower case, unique in the chart. */
    public static String newId(Chart chart, String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = plain.isEmpty() ? "scenario" : plain;
        Set<String> taken = new HashSet<>();
        chart.scenarios().forEach(s -> taken.add(s.id()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The chart with a new scenario named {@code name} made from the current state or a scenario. */
    public static Chart add(Chart chart, String name, String description, String basedOn) {
        Chart from = basedOn == null ? currentState(chart) : find(chart, basedOn)
                .orElseThrow(() -> new IllegalArgumentException("No scenario '" + basedOn + "'.")).chart();
        List<Scenario> all = new ArrayList<>(chart.scenarios());
        all.add(Scenario.of(newId(chart, name), name.strip(), description, basedOn, from));
        return chart.withScenarios(all);
    }

    /** The chart with {@code updated} in place of the scenario of the same id. */
    public static Chart replace(Chart chart, Scenario updated) {
        List<Scenario> all = new ArrayList<>();
        boolean found = false;
        for (Scenario s : chart.scenarios()) {
            found |= s.id().equals(updated.id());
            all.add(s.id().equals(updated.id()) ? updated : s);
        }
        if (!found) {
            throw new IllegalArgumentException("No scenario '" + updated.id() + "'.");
        }
        return chart.withScenarios(all);
    }

    /**
     * The chart without the scenario {@code id}; the scenarios made from it are then based on
     * what it was based on, so that none refers to a scenario that is gone.
     */
    public static Chart delete(Chart chart, String id) {
        Scenario gone = find(chart, id).orElseThrow(() -> new IllegalArgumentException("No scenario '" + id + "'."));
        List<Scenario> all = new ArrayList<>();
        for (Scenario s : chart.scenarios()) {
            if (!s.id().equals(gone.id())) {
                all.add(gone.id().equals(s.basedOn()) ? s.withBasedOn(gone.basedOn()) : s);
            }
        }
        return chart.withScenarios(all);
    }

    /**
     * Promoting a scenario as one edit: the current state takes the scenario's positions; the
     * title, catalog, settings and the scenarios themselves (this one too) stay, so that undo
     * gives back the old current state and nothing else is touched.
     */
    public static Edit promote(String scenarioId) {
        return new Edit() {
            @Override
            public String label(Chart before) {
                return ModelTexts.t("model.scenario.promote", find(before, scenarioId).map(Scenario::name).orElse(scenarioId));
            }

            @Override
            public Chart apply(Chart before) {
                Scenario s = find(before, scenarioId).orElseThrow(() ->
                        new EditRefusedException("The chart has no scenario '" + scenarioId + "'."));
                return before.withPositionsOf(s.chart());
            }
        };
    }
}
