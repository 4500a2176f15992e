package dev.orgwright.ui.panels;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds positions by the words users remember: title, holder, department or a duty. */
public final class ChartSearch {

    private ChartSearch() {
    }

    /** The positions that contain {@code query} (ignoring case), in tree order; none for a blank query. */
    public static List<PositionId> find(Chart chart, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<PositionId> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (Position p : chart.inTreeOrder()) {
            if (matches(p, q)) {
                out.add(p.id());
            }
        }
        return out;
    }

    private static boolean matches(Position p, String q) {
        if (contains(p.title(), q) || contains(p.holder(), q) || contains(p.department(), q)) {
            return true;
        }
        for (Duty d : p.duties()) {
            if (contains(d.text(), q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String lowerQuery) {
        return !text.isEmpty() && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }
}
