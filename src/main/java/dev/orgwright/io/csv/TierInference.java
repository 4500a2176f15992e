package dev.orgwright.io.csv;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tiers of positions whose title reads as no tier, from where they sit once every reporting
 * line is known: a position with no reports under a manager of Executive Management (or of a tier
 * below it) is Staff; a position with reports under a manager of Executive Management or higher is
 * Executive Management. A position the reporting lines say nothing certain about (a top position,
 * one under a manager in no tier, a leaf directly under Senior Management, a manager under Staff)
 * keeps no tier, and the missing-tier rule shows it.
 *
 * <p>The two rules need the tiers with the ids {@code executive} and {@code staff} (the default
 * template's); a chart whose tiers lack one of them gets only the rule it can, or none.
 * Tiers are decided from the top down, so a position's manager is decided before it: a chain of
 * managers whose titles read as nothing is decided link by link.
 */
final class TierInference {

    private final Map<String, Tier> byId = new HashMap<>();
    private final Tier executive;
    private final Tier staff;

    TierInference(List<Tier> tiers) {
        for (Tier t : tiers) {
            byId.put(t.id(), t);
        }
        this.executive = find(tiers, Templates.EXECUTIVE);
        this.staff = find(tiers, Templates.STAFF);
    }

    /**
     * Fills in the tiers of {@code tiers} that are {@code null} where the reporting lines decide
     * them, and returns how many it filled in.
     *
     * @param rows     the imported rows, in file order
     * @param tiers    each row's tier id so far, by position id; {@code null} values are to decide
     * @param managers each position's manager; top positions are absent
     */
    int fromStructure(List<CsvImporter.Row> rows, Map<PositionId, String> tiers, Map<PositionId, PositionId> managers) {
        if (executive == null) {
            return 0;
        }
        Map<PositionId, List<PositionId>> reports = new HashMap<>(rows.size() * 2);
        for (Map.Entry<PositionId, PositionId> e : managers.entrySet()) {
            reports.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        ArrayDeque<PositionId> queue = new ArrayDeque<>();
        for (CsvImporter.Row r : rows) {
            if (!managers.containsKey(r.id())) {
                queue.add(r.id());
            }
        }
        int inferred = 0;
        while (!queue.isEmpty()) {
            PositionId id = queue.poll();
            List<PositionId> below = reports.getOrDefault(id, List.of());
            if (tiers.get(id) == null) {
                Tier decided = decide(tierOf(tiers.get(managers.get(id))), !below.isEmpty());
                if (decided != null) {
                    tiers.put(id, decided.id());
                    inferred++;
                }
            }
            queue.addAll(below);
        }
        return inferred;
    }

    private Tier decide(Tier manager, boolean managesOthers) {
        if (manager == null) {
            return null;
        }
        if (managesOthers) {
            return manager.rank() <= executive.rank() ? executive : null;
        }
        return staff != null && manager.rank() >= executive.rank() ? staff : null;
    }

    private Tier tierOf(String tierId) {
        return tierId == null ? null : byId.get(tierId);
    }

    private static Tier find(List<Tier> tiers, String id) {
        for (Tier t : tiers) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
