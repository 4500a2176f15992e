package dev.orgwright.model.merge;

import dev.orgwright.model.ModelTexts;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The conflicts of one merge as they are found, and the words that name positions in them. */
final class Conflicts {

    private final List<Conflict> found = new ArrayList<>();

    void add(PositionId position, String subject, String what, String ours, String theirs) {
        found.add(new Conflict(position, subject, what, ours, theirs));
    }

    void position(Position p, String what, String ours, String theirs) {
        add(p.id(), subject(p), what, ours, theirs);
    }

    /**
     * Every conflict of {@code inner}, its subject said to be inside the scenario {@code scenario}
     * (quoted): "In the scenario 'Lean': 'cfo' ('Finance Director')".
     */
    void addAll(Conflicts inner, String scenario) {
        for (Conflict c : inner.found) {
            add(c.position(), ModelTexts.t("model.merge.subject.inScenario", scenario, c.subject()), c.what(), c.ours(),
                    c.theirs());
        }
    }

    List<Conflict> list() {
        return List.copyOf(found);
    }

    /**
     * The one value a field takes when both sides may have changed it: the side that changed it,
     * the common value when both made the same change, OURS' when they differ (then
     * {@code onConflict} runs). A {@code base} of {@code null} stands for "not there".
     */
    static <T> T pick(T base, T ours, T theirs, Runnable onConflict) {
        if (Objects.equals(ours, theirs) || Objects.equals(base, theirs)) {
            return ours;
        }
        if (Objects.equals(base, ours)) {
            return theirs;
        }
        onConflict.run();
        return ours;
    }

    /** "'p3' ('Head of IT')". */
    static String subject(Position p) {
        return quoted(p.id().value()) + " (" + quoted(p.title()) + ")";
    }

    static String quoted(String text) {
        return "'" + (text == null ? "" : text.strip()) + "'";
    }

    /** A value as a conflict line shows it: quoted, or "(none)". */
    static String shown(Object value) {
        if (value == null) {
            return ModelTexts.t("model.merge.value.none");
        }
        String text = value instanceof java.math.BigDecimal n ? n.toPlainString() : String.valueOf(value);
        return text.isEmpty() ? ModelTexts.t("model.merge.value.none") : quoted(text);
    }

    /** A place in a list as a conflict line shows it: "after 'cfo'", or "first" for {@code null}. */
    static String after(String quotedPredecessor) {
        return quotedPredecessor == null ? ModelTexts.t("model.merge.value.first")
                : ModelTexts.t("model.merge.value.after", quotedPredecessor);
    }
}
