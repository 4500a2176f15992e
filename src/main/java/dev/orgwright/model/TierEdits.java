package dev.orgwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits of a chart's tiers and their catalog of responsibilities. Ranks always run 1..n in
 * list order, so adding or moving a tier renumbers the others.
 */
public final class TierEdits {

    private TierEdits() {
    }

    /** Adds a tier at {@code index} in rank order (0: the highest; -1: the lowest). */
    public static Edit add(Tier tier, int index) {
        return Edits.of(c -> ModelTexts.t("model.tier.add", tier.name()), c -> {
            if (c.tier(tier.id()).isPresent()) {
                throw new EditRefusedException("There is already a tier with id '" + tier.id() + "'.");
            }
            // ChartBuilder refuses a catalog that repeats an id, so a chart that took one would not load again.
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Responsibility r : tier.responsibilities()) {
                checkResponsibilityIdFree(c, r.id());
                if (!seen.add(r.id())) {
                    throw new EditRefusedException("The responsibility id '" + r.id() + "' is used twice in the tier '"
                            + tier.name() + "'.");
                }
            }
            List<Tier> tiers = new ArrayList<>(c.tiers());
            tiers.add(index < 0 || index > tiers.size() ? tiers.size() : index, tier);
            return c.withTiers(renumber(tiers));
        });
    }

    public static Edit rename(String tierId, String name) {
        return update(tierId, n -> ModelTexts.t("model.tier.rename", n, name), t -> t.withName(name));
    }

    /** Moves a tier to {@code index} in rank order (0: the highest). */
    public static Edit move(String tierId, int index) {
        return Edits.of(c -> ModelTexts.t("model.tier.move", nameOf(c, tierId)), c -> {
            List<Tier> tiers = new ArrayList<>(c.tiers());
            Tier t = existing(c, tierId);
            if (index < 0 || index >= tiers.size()) {
                throw new EditRefusedException("Place " + (index + 1) + " is outside the " + tiers.size() + " tiers.");
            }
            tiers.remove(t);
            tiers.add(index, t);
            return c.withTiers(renumber(tiers));
        });
    }

    /** Removes a tier; refused while a position is in it. */
    public static Edit remove(String tierId) {
        return Edits.of(c -> ModelTexts.t("model.tier.remove", nameOf(c, tierId)), c -> {
            Tier t = existing(c, tierId);
            int used = 0;
            Position example = null;
            for (Position p : c.inTreeOrder()) {
                if (tierId.equals(p.tierId())) {
                    used++;
                    example = example == null ? p : example;
                }
            }
            if (used > 0) {
                throw new EditRefusedException("The tier '" + t.name() + "' cannot be removed: " + used
                        + (used == 1 ? " position is" : " positions are") + " in it, such as '" + example.title()
                        + "'. Move them to another tier first.");
            }
            List<Tier> tiers = new ArrayList<>(c.tiers());
            tiers.remove(t);
            return c.withTiers(renumber(tiers));
        });
    }

    public static Edit setTypicalTitles(String tierId, List<String> titles) {
        return update(tierId, n -> ModelTexts.t("model.tier.typicalTitles", n), t -> t.withTypicalTitles(titles));
    }

    /**
     * Sets the pay grades a tier holds. Refused when a grade is blank, listed twice, or already
     * held by another tier: a grade gives a position one tier.
     */
    public static Edit setGrades(String tierId, List<String> grades) {
        return Edits.of(c -> ModelTexts.t("model.tier.grades", nameOf(c, tierId)), c -> {
            Tier t = existing(c, tierId);
            String problem = Tier.gradesProblem(grades);
            if (problem != null) {
                throw new EditRefusedException(problem);
            }
            for (String g : grades) {
                for (Tier other : c.tiers()) {
                    if (!other.id().equals(tierId) && other.holdsGrade(g)) {
                        throw new EditRefusedException("The grade '" + g.strip() + "' is already held by the tier '"
                                + other.name() + "'; a grade belongs to one tier. Remove it there first.");
                    }
                }
            }
            return replaceTier(c, t.withGrades(grades));
        });
    }

    /** Adds a responsibility to a tier's catalog, last. */
    public static Edit addResponsibility(String tierId, Responsibility responsibility) {
        return Edits.of(c -> ModelTexts.t("model.tier.addResponsibility", nameOf(c, tierId)), c -> {
            checkResponsibilityIdFree(c, responsibility.id());
            Tier t = existing(c, tierId);
            List<Responsibility> rs = new ArrayList<>(t.responsibilities());
            rs.add(responsibility);
            return replaceTier(c, t.withResponsibilities(rs));
        });
    }

    /** Replaces the responsibility with the same id: new text or keywords. */
    public static Edit editResponsibility(String tierId, Responsibility responsibility) {
        return update(tierId, n -> ModelTexts.t("model.tier.editResponsibility", n), t -> {
            if (t.responsibility(responsibility.id()).isEmpty()) {
                throw new EditRefusedException("The tier '" + t.name() + "' has no responsibility '"
                        + responsibility.id() + "'.");
            }
            return t.withResponsibilities(t.responsibilities().stream()
                    .map(r -> r.id().equals(responsibility.id()) ? responsibility : r).toList());
        });
    }

    /**
     * Removes a responsibility from the catalog. Duties linked to it keep their text and lose the
     * link, in the same edit, so that undo restores both.
     */
    public static Edit removeResponsibility(String tierId, String responsibilityId) {
        return Edits.of(c -> ModelTexts.t("model.tier.removeResponsibility", nameOf(c, tierId)), c -> {
            Tier t = existing(c, tierId);
            if (t.responsibility(responsibilityId).isEmpty()) {
                throw new EditRefusedException("The tier '" + t.name() + "' has no responsibility '"
                        + responsibilityId + "'.");
            }
            Chart result = replaceTier(c, t.withResponsibilities(t.responsibilities().stream()
                    .filter(r -> !r.id().equals(responsibilityId)).toList()));
            for (Position p : c.inTreeOrder()) {
                if (p.duties().stream().anyMatch(d -> responsibilityId.equals(d.responsibilityId()))) {
                    result = result.replace(p.withDuties(p.duties().stream()
                            .map(d -> responsibilityId.equals(d.responsibilityId())
                                    ? new Duty(d.text(), null, d.unknownFields()) : d)
                            .toList()));
                }
            }
            return result;
        });
    }

    private static Edit update(String tierId, java.util.function.UnaryOperator<String> label,
                             UnaryOperator<Tier> change) {
        return Edits.of(c -> label.apply(nameOf(c, tierId)),
                c -> replaceTier(c, change.apply(existing(c, tierId))));
    }

    private static Chart replaceTier(Chart c, Tier updated) {
        return c.withTiers(c.tiers().stream().map(t -> t.id().equals(updated.id()) ? updated : t).toList());
    }

    private static List<Tier> renumber(List<Tier> inOrder) {
        List<Tier> out = new ArrayList<>(inOrder.size());
        for (int i = 0; i < inOrder.size(); i++) {
            out.add(inOrder.get(i).withRank(i + 1));
        }
        return out;
    }

    private static Tier existing(Chart c, String tierId) {
        return c.tier(tierId).orElseThrow(() ->
                new EditRefusedException("The chart has no tier with id '" + tierId + "'."));
    }

    private static String nameOf(Chart c, String tierId) {
        return c.tier(tierId).map(Tier::name).orElse(tierId);
    }

    private static void checkResponsibilityIdFree(Chart c, String responsibilityId) {
        for (Tier t : c.tiers()) {
            if (t.responsibility(responsibilityId).isPresent()) {
                throw new EditRefusedException("The responsibility id '" + responsibilityId
                        + "' is already used in the tier '" + t.name() + "'.");
            }
        }
    }
}
