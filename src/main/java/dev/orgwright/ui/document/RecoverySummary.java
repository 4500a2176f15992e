package dev.orgwright.ui.document;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.ui.fx.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What an autosaved chart holds that its file does not, in a sentence or two, so that the user
 * can tell which version to keep: "Compared with the file: 2 positions added (CFO, Head of
 * Sales), 1 changed (CEO); the title changed."
 */
final class RecoverySummary {

    private static final int NAMED = 3;

    private RecoverySummary() {
    }

    /** The autosave {@code recovered} against the chart now in its file. */
    static String against(Chart onDisk, Chart recovered) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Position p : recovered.inTreeOrder()) {
            if (!onDisk.contains(p.id())) {
                added.add(p.title());
            } else if (!onDisk.position(p.id()).equals(p)) { // its fields, its manager, its duties
                changed.add(p.title());
            }
        }
        for (Position p : onDisk.inTreeOrder()) {
            if (!recovered.contains(p.id())) {
                removed.add(p.title());
            }
        }
        List<String> parts = new ArrayList<>();
        part(parts, added, Texts.t("document.recoverySummary.added"));
        part(parts, removed, Texts.t("document.recoverySummary.removed"));
        part(parts, changed, Texts.t("document.recoverySummary.changed"));
        if (!onDisk.title().equals(recovered.title())) {
            parts.add(Texts.t("document.recoverySummary.theTitleChangedFrom", onDisk.title(), recovered.title()));
        }
        if (!onDisk.tiers().equals(recovered.tiers())) {
            parts.add(Texts.t("document.recoverySummary.theTiersChanged"));
        }
        if (!onDisk.settings().equals(recovered.settings())) {
            parts.add(Texts.t("document.recoverySummary.theRuleSettingsChanged"));
        }
        if (parts.isEmpty()) {
            return Texts.t("document.recoverySummary.itIsTheSame");
        }
        return Texts.t("document.recoverySummary.comparedWithTheFile", String.join("; ", parts));
    }

    /** A chart never saved: only what it has. */
    static String unsaved(Chart recovered) {
        return Texts.t("document.recoverySummary.aChartThatWas", positions(recovered.size()));
    }

    /** The file is gone or unreadable now; {@code why} says which. */
    static String withoutFile(Chart recovered, String why) {
        return Texts.t("document.recoverySummary.theAutosaveHas", why, positions(recovered.size()));
    }

    private static void part(List<String> parts, List<String> titles, String what) {
        if (titles.isEmpty()) {
            return;
        }
        String named = String.join(", ", titles.subList(0, Math.min(NAMED, titles.size())))
                + (titles.size() > NAMED ? ", …" : "");
        parts.add(Texts.t("document.recoverySummary.part",
                parts.isEmpty() ? positions(titles.size()) : Texts.whole(titles.size()), what, named));
    }

    private static String positions(int n) {
        return Texts.t(n == 1 ? "document.recoverySummary.positions.one" : "document.recoverySummary.positions.many", n);
    }
}
