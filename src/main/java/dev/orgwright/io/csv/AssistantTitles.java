package dev.orgwright.io.csv;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the imported positions that assist their manager: an executive or personal assistant, a
 * diary manager, a private secretary. Files have no column for it, but their titles say it, and
 * an org chart draws such a post beside its manager's line rather than among the team, and does
 * not count it in the manager's span of control. Only a position without reports of its own is
 * taken: a "Private Secretary" who leads a team runs a private office, and stays a manager.
 */
public final class AssistantTitles {

    /** Titles that, whole, name a post assisting its manager; compared in lower case, spaces tidied. */
    private static final Set<String> TITLES = Set.of(
            "executive assistant", "personal assistant", "pa", "ea", "senior executive assistant",
            "senior personal assistant", "diary manager", "diary secretary", "diary assistant",
            "private secretary", "assistant private secretary", "principal private secretary",
            "personal secretary", "executive secretary", "pa/diary manager", "ea/diary manager");

    /** "Executive Assistant to the Director", "PA to the CEO": a title above, then whose. */
    private static final Pattern TO_WHOM = Pattern.compile(" to (the )?\\S.*$");

    private AssistantTitles() {
    }

    /** Whether {@code title} names a post assisting its manager. */
    public static boolean assists(String title) {
        String t = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        t = t.replaceAll("\\s*/\\s*", "/");
        if (TITLES.contains(t)) {
            return true;
        }
        String head = TO_WHOM.matcher(t).replaceFirst("");
        return !head.equals(t) && TITLES.contains(head);
    }

    /**
     * {@code chart} with every position whose title {@linkplain #assists names an assistant}, that
     * has a manager and no reports, marked as its manager's assistant.
     */
    public static Marked mark(Chart chart) {
        List<Edit> edits = new ArrayList<>();
        for (Position p : chart.inTreeOrder()) {
            if (!p.assistant() && p.reportsTo() != null && chart.childrenOf(p.id()).isEmpty() && assists(p.title())) {
                edits.add(Edits.setAssistant(p.id(), true));
            }
        }
        return new Marked(edits.isEmpty() ? chart : Edits.sequence("Assistants", edits).apply(chart), edits.size());
    }

    /**
     * The chart with its assistants marked.
     *
     * @param chart  the chart
     * @param marked how many positions were marked
     */
    public record Marked(Chart chart, int marked) {
    }
}
