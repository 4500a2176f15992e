package dev.orgwright.ui.editor;

import dev.orgwright.model.Chart;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.ui.fx.Texts;

/** The texts of a window's status bar, from its state. */
final class StatusLine {

    private StatusLine() {
    }

    /** "6 positions · 1 vacancy · 0 errors · 1 warning · 4 notes · zoom 100%". */
    static String summary(ChartSnapshot snapshot, int zoomPercent) {
        Validation v = snapshot.findings();
        String counts = count(snapshot.statistics().positions(), "positions")
                + " · " + count(snapshot.statistics().vacancies(), "vacancies");
        if (v.isPending()) {
            // A large chart is shown before its findings: say they are coming, not that there are none.
            return counts + " · " + Texts.t("open.status.checking") + Texts.t("editor.statusLine.zoom", zoomPercent);
        }
        return counts
                + " · " + count(v.count(Severity.ERROR), "errors")
                + " · " + count(v.count(Severity.WARNING), "warnings")
                + " · " + count(v.count(Severity.INFO), "notes")
                + Texts.t("editor.statusLine.zoom", zoomPercent);
    }

    /** "Selected: Chief Executive Officer", a notice, or a hint when nothing is selected. */
    static String selection(EditorState state, Chart chart) {
        if (state.notice() != null) {
            return state.notice();
        }
        return state.selection() == null ? Texts.t("editor.statusLine.clickACardTo")
                : Texts.t("editor.statusLine.selected", chart.position(state.selection()).title());
    }

    /** "1 position", "1.234 Stellen": the key {@code status.WHAT.one} or {@code .many}. */
    private static String count(int n, String what) {
        return Texts.t("status." + what + (n == 1 ? ".one" : ".many"), n);
    }
}
