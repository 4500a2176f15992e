package dev.orgwright.rules;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** What the accountability rules share: positions of a row in a stable order, named by title. */
final class RaciRows {

    /** How many positions a fix list or a message names at most. */
    static final int NAMED = 3;

    private RaciRows() {
    }

    /** The positions, those of {@code tierId} first, then by id, so fixes come in the same order every time. */
    static List<Position> ordered(Chart chart, Collection<PositionId> ids, String tierId) {
        List<Position> out = new ArrayList<>(ids.size());
        for (PositionId id : ids) {
            chart.find(id).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((Position p) -> tierId == null || !tierId.equals(p.tierId()))
                .thenComparing(p -> p.id().value()));
        return out;
    }

    /** "'CFO', 'COO' and 2 more". */
    static String titles(List<Position> positions) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < Math.min(NAMED, positions.size()); i++) {
            named.add(RuleTexts.t("rules.title", positions.get(i).title()));
        }
        if (positions.size() > NAMED) {
            return RuleTexts.t("rules.list.more", String.join(", ", named), positions.size() - NAMED);
        }
        return RuleTexts.list(named);
    }
}
