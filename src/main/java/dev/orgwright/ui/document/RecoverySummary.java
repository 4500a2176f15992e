package dev.orgwright.ui.document;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        part(parts, added, "added");
        part(parts, removed, "removed");
        part(parts, changed, "changed");
        if (!onDisk.title().equals(recovered.title())) {
            parts.add("the title changed from \"" + onDisk.title() + "\" to \"" + recovered.title() + "\"");
        }
        if (!onDisk.tiers().equals(recovered.tiers())) {
            parts.add("the tiers changed");
        }
        if (!onDisk.settings().equals(recovered.settings())) {
            parts.add("the rule settings changed");
        }
        if (parts.isEmpty()) {
            return "It is the same as the file on disk.";
        }
        return "Compared with the file: " + String.join("; ", parts) + ".";
    }

    /** A chart never saved: only what it has. */
    static String unsaved(Chart recovered) {
        return "A chart that was never saved, with " + positions(recovered.size()) + ".";
    }

    /** The file is gone or unreadable now; {@code why} says which. */
    static String withoutFile(Chart recovered, String why) {
        return why + " The autosave has " + positions(recovered.size()) + ".";
    }

    private static void part(List<String> parts, List<String> titles, String what) {
        if (titles.isEmpty()) {
            return;
        }
        String named = String.join(", ", titles.subList(0, Math.min(NAMED, titles.size())))
                + (titles.size() > NAMED ? ", …" : "");
        parts.add((parts.isEmpty() ? positions(titles.size()) : String.format(Locale.ROOT, "%,d", titles.size()))
                + " " + what + " (" + named + ")");
    }

    private static String positions(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "position" : "positions");
    }
}
