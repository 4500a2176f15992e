package dev.orgwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accountability (RACI) matrix read from and written into positions' duties: a position's
 * role in a responsibility is the role of its duty linked to it, the strongest when several are.
 * Setting a role changes those duties' roles, or adds a duty in the responsibility's words; clearing
 * it removes such an added duty and unlinks any other, so no sentence the user wrote is lost.
 */
public final class Accountability {

    private Accountability() {
    }

    /** The position's role in a responsibility, or empty when no duty of it links there. */
    public static Optional<RaciRole> roleOf(Position p, String responsibilityId) {
        RaciRole role = null;
        for (Duty d : p.duties()) {
            if (responsibilityId.equals(d.responsibilityId())) {
                role = RaciRole.stronger(role, d.role());
            }
        }
        return Optional.ofNullable(role);
    }

    /** The catalog's responsibility with that id, in whichever tier it is. */
    public static Optional<Responsibility> responsibility(Chart chart, String responsibilityId) {
        for (Tier t : chart.tiers()) {
            Optional<Responsibility> r = t.responsibility(responsibilityId);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The tier whose catalog holds the responsibility. */
    public static Optional<Tier> tierOf(Chart chart, String responsibilityId) {
        return chart.tiers().stream().filter(t -> t.responsibility(responsibilityId).isPresent()).findFirst();
    }

    /**
     * Gives a position a role in a responsibility of the catalog, or none ({@code role} null).
     * Refused for a responsibility the catalog does not have.
     */
    public static Edit setRole(PositionId id, String responsibilityId, RaciRole role) {
        return Edits.of(c -> label(c, id, responsibilityId, role), c -> {
            Position p = Edits.existing(c, id);
            Responsibility r = responsibility(c, responsibilityId).orElseThrow(() -> new EditRefusedException(
                    "The catalog has no responsibility '" + responsibilityId + "'."));
            return c.replace(p.withDuties(withRole(p.duties(), r, role)));
        });
    }

    /**
     * Keeps {@code keep} accountable for a responsibility and makes every other accountable
     * position responsible instead: the fix for several A's in one row.
     */
    public static Edit keepAccountable(String responsibilityId, PositionId keep, List<PositionId> others) {
        List<Edit> steps = new ArrayList<>();
        for (PositionId other : others) {
            if (!other.equals(keep)) {
                steps.add(setRole(other, responsibilityId, RaciRole.RESPONSIBLE));
            }
        }
        steps.add(setRole(keep, responsibilityId, RaciRole.ACCOUNTABLE));
        return Edits.sequence(c -> ModelTexts.t("model.role.keepAccountable", Edits.quoted(c, keep),
                responsibility(c, responsibilityId).map(Responsibility::text).orElse(responsibilityId)), steps);
    }

    private static List<Duty> withRole(List<Duty> duties, Responsibility r, RaciRole role) {
        List<Duty> out = new ArrayList<>(duties.size() + 1);
        boolean linked = false;
        for (Duty d : duties) {
            if (!r.id().equals(d.responsibilityId())) {
                out.add(d);
            } else if (role != null) {
                out.add(d.withRole(role));
                linked = true;
            } else if (!d.text().equals(r.text()) || !d.unknownFields().isEmpty()) {
                out.add(new Duty(d.text(), null, d.unknownFields())); // the user's own words stay, unlinked
            }
        }
        if (role != null && !linked) {
            out.add(Duty.linked(r.text(), r.id(), role));
        }
        return out;
    }

    private static String label(Chart c, PositionId id, String responsibilityId, RaciRole role) {
        String what = responsibility(c, responsibilityId).map(Responsibility::text).orElse(responsibilityId);
        if (role == null) {
            return ModelTexts.t("model.role.clear", Edits.quoted(c, id), what);
        }
        return ModelTexts.t("model.role." + role.letter().toLowerCase(java.util.Locale.ROOT), Edits.quoted(c, id), what);
    }
}
