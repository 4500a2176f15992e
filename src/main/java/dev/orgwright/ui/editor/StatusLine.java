package dev.orgwright.ui.editor;

import dev.orgwright.model.Chart;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import java.util.Locale;

/** The texts of a window's status bar, from its state. */
final class StatusLine {

    private StatusLine() {
    }

    /** "6 positions · 1 vacancy · 0 errors · 1 warning · 4 notes · zoom 100%". */
    static String summary(ChartSnapshot snapshot, int zoomPercent) {
        Validation v = snapshot.findings();
        return count(snapshot.statistics().positions(), "position", "positions")
                + " · " + count(snapshot.statistics().vacancies(), "vacancy", "vacancies")
                + " · " + count(v.count(Severity.ERROR), "error", "errors")
                + " · " + count(v.count(Severity.WARNING), "warning", "warnings")
                + " · " + count(v.count(Severity.INFO), "note", "notes")
                + " · zoom " + zoomPercent + "%";
    }

    /** "Selected: Chief Executive Officer", a notice, or a hint when nothing is selected. */
    static String selection(EditorState state, Chart chart) {
        if (state.notice() != null) {
            return state.notice();
        }
        return state.selection() == null ? "Click a card to select it"
                : "Selected: " + chart.position(state.selection()).title();
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
