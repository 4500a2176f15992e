package dev.orgwright.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * Builds a {@link Chart} from outside data (a file, an import) and checks it as a whole: unique
 * ids, managers and dotted-line targets that exist, no cycle, known tiers. Siblings keep the
 * order in which positions were added. Not thread-safe; use once.
 */
public final class ChartBuilder {

    private String title = ModelTexts.t("model.build.untitled");
    private List<Tier> tiers = Templates.leadershipTeam();
    private Settings settings = Settings.NONE;
    private List<FieldDefinition> fields = List.of();
    private UnknownFields unknownFields = UnknownFields.NONE;
    private final List<Position> positions = new ArrayList<>();

    ChartBuilder() {
    }

    public ChartBuilder title(String value) {
        this.title = value;
        return this;
    }

    /** The chart's tiers; when never called, the default template's. */
    public ChartBuilder tiers(List<Tier> value) {
        this.tiers = List.copyOf(value);
        return this;
    }

    public ChartBuilder settings(Settings value) {
        this.settings = value;
        return this;
    }

    /** The chart's own fields, in order; none when never called. */
    public ChartBuilder fields(List<FieldDefinition> value) {
        this.fields = List.copyOf(value);
        return this;
    }

    public ChartBuilder unknownFields(UnknownFields value) {
        this.unknownFields = value;
        return this;
    }

    /** Adds a position; its place among its siblings is the order of these calls. */
    public ChartBuilder add(Position position) {
        positions.add(position);
        return this;
    }

    public ChartBuilder addAll(Iterable<Position> all) {
        all.forEach(positions::add);
        return this;
    }

    /** The chart, or every problem that keeps it from being whole. */
    public Chart build() throws InvalidChartException {
        List<ChartProblem> problems = new ArrayList<>();
        checkTiers(problems);
        Map<String, FieldDefinition> fieldsById = checkFields(problems);
        Set<String> tierIds = new HashSet<>();
        tiers.forEach(t -> tierIds.add(t.id()));

        Map<PositionId, Position> byId = new LinkedHashMap<>(positions.size() * 2);
        for (Position p : positions) {
            if (byId.putIfAbsent(p.id(), p) != null) {
                problems.add(new ChartProblem(p.id(), ModelTexts.t("model.build.positionIdTwice", p.id())));
            }
        }
        for (Position p : byId.values()) {
            if (p.tierId() != null && !tierIds.contains(p.tierId())) {
                problems.add(new ChartProblem(p.id(), ModelTexts.t("model.build.unknownTier", name(p), p.tierId())));
            }
            if (p.reportsTo() != null && !byId.containsKey(p.reportsTo())) {
                problems.add(new ChartProblem(p.id(), ModelTexts.t("model.build.unknownManager", name(p), p.reportsTo())));
            }
            checkValues(p, fieldsById, problems);
            for (PositionId target : p.dottedLines()) {
                if (target.equals(p.id())) {
                    problems.add(new ChartProblem(p.id(), ModelTexts.t("model.build.dottedLineToItself", name(p))));
                } else if (!byId.containsKey(target)) {
                    problems.add(new ChartProblem(p.id(), ModelTexts.t("model.build.unknownDottedLine", name(p), target)));
                }
            }
        }
        // Checked even when other problems were found, so a user can fix a file in one go.
        findCycles(byId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidChartException(problems);
        }
        return assemble(byId);
    }

    private void checkTiers(List<ChartProblem> problems) {
        Map<String, Tier> byId = new HashMap<>();
        Map<Integer, Tier> byRank = new HashMap<>();
        Map<String, Tier> responsibilityOwner = new HashMap<>();
        for (Tier t : tiers) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                problems.add(new ChartProblem(null, ModelTexts.t("model.build.tierIdTwice", t.id())));
            }
            Tier sameRank = byRank.putIfAbsent(t.rank(), t);
            if (sameRank != null) {
                problems.add(new ChartProblem(null, ModelTexts.t("model.build.rankTwice", sameRank.name(), t.name(), t.rank())));
            }
            for (Responsibility r : t.responsibilities()) {
                Tier owner = responsibilityOwner.putIfAbsent(r.id(), t);
                if (owner != null) {
                    problems.add(new ChartProblem(null, ModelTexts.t("model.build.responsibilityIdTwice", r.id(),
                            owner.name(), t.name())));
                }
            }
        }
    }

    private Map<String, FieldDefinition> checkFields(List<ChartProblem> problems) {
        Map<String, FieldDefinition> byId = new HashMap<>();
        for (FieldDefinition f : fields) {
            if (byId.putIfAbsent(f.id(), f) != null) {
                problems.add(new ChartProblem(null, ModelTexts.t("model.build.fieldIdTwice", f.id())));
            }
        }
        return byId;
    }

    static void checkValues(Position p, Map<String, FieldDefinition> fieldsById, List<ChartProblem> problems) {
        if (allFit(p, fieldsById)) {
            return; // most positions: no need to sort their fields to tell of faults in order
        }
        // Sorted, so that a file with several faults is always told of them in the same order.
        for (String fieldId : new java.util.TreeSet<>(p.fieldValues().asMap().keySet())) {
            FieldDefinition f = fieldsById.get(fieldId);
            if (f == null) {
                problems.add(new ChartProblem(p.id(), ModelTexts.t("model.build.unknownField", name(p), fieldId)));
                continue;
            }
            String subject = ModelTexts.t("model.build.fieldOfPosition", f.name(), p.id(), p.title());
            String problem = f.valueProblem(subject, p.fieldValues().get(fieldId).orElseThrow());
            if (problem != null) {
                problems.add(new ChartProblem(p.id(), problem));
            }
        }
    }

    /** Whether every value of {@code p} belongs to a field of the chart and fits it. */
    private static boolean allFit(Position p, Map<String, FieldDefinition> fieldsById) {
        for (Map.Entry<String, Object> e : p.fieldValues().asMap().entrySet()) {
            FieldDefinition f = fieldsById.get(e.getKey());
            if (f == null || !f.fits(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Walks up from every position; a walk that meets its own path has found a cycle. */
    private static void findCycles(Map<PositionId, Position> byId, List<ChartProblem> problems) {
        Map<PositionId, Integer> state = new HashMap<>(byId.size() * 2); // 1 = on the current walk, 2 = done
        for (PositionId start : byId.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<PositionId> walk = new ArrayList<>();
            PositionId current = start;
            // A manager that is not in the chart ends the walk; it is reported as dangling.
            while (current != null && byId.containsKey(current) && !state.containsKey(current)) {
                state.put(current, 1);
                walk.add(current);
                current = byId.get(current).reportsTo();
            }
            if (current != null && state.getOrDefault(current, 0) == 1) {
                List<PositionId> cycle = walk.subList(walk.indexOf(current), walk.size());
                problems.add(new ChartProblem(current, describeCycle(cycle, byId)));
            }
            walk.forEach(id -> state.put(id, 2));
        }
    }

    private static String describeCycle(List<PositionId> cycle, Map<PositionId, Position> byId) {
        if (cycle.size() == 1) {
            return ModelTexts.t("model.build.reportsToItself", name(byId.get(cycle.get(0))));
        }
        StringBuilder path = new StringBuilder();
        int shown = Math.min(cycle.size(), 6);
        for (int i = 0; i < shown; i++) {
            path.append('\'').append(cycle.get(i)).append("' → ");
        }
        if (shown < cycle.size()) {
            path.append(ModelTexts.t("model.build.cycleMore", cycle.size() - shown)).append(" → ");
        }
        path.append('\'').append(cycle.get(0)).append('\'');
        return ModelTexts.t("model.build.cycle", path);
    }

    private Chart assemble(Map<PositionId, Position> byId) {
        Map<PositionId, List<PositionId>> kids = new HashMap<>();
        List<PositionId> roots = new ArrayList<>();
        PMap<PositionId, PSet<PositionId>> dotted = HashTreePMap.empty();
        for (Position p : byId.values()) {
            if (p.reportsTo() == null) {
                roots.add(p.id());
            } else {
                kids.computeIfAbsent(p.reportsTo(), k -> new ArrayList<>()).add(p.id());
            }
            dotted = Chart.linkDotted(dotted, p);
        }
        Map<PositionId, PVector<PositionId>> children = new HashMap<>(kids.size() * 2);
        kids.forEach((k, v) -> children.put(k, TreePVector.from(v)));
        return new Chart(title, tiers, settings, TreePVector.from(fields), unknownFields, HashTreePMap.from(byId), HashTreePMap.from(children),
                TreePVector.from(roots), dotted);
    }

    static String name(Position p) {
        return ModelTexts.t("model.build.position", p.id(), p.title());
    }
}
