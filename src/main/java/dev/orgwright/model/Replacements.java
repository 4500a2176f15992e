package dev.orgwright.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Edits that put a whole value in place: every field of a position at once, the whole tier
 * catalog, a position's id. The editor never needs them; a comparison does, to turn one chart
 * into another exactly (fields the editor has no command for, such as unknown document fields,
 * or ranks that {@link TierEdits} would renumber). Each keeps the chart whole or is refused.
 */
public final class Replacements {

    private Replacements() {
    }

    /**
     * Replaces a position by {@code updated}, which has the same id and manager; its tier and
     * dotted-line managers must exist in the chart.
     */
    public static Edit position(Position updated) {
        Objects.requireNonNull(updated, "updated");
        return Edits.of(c -> ModelTexts.t("model.replace.position", Edits.quoted(c, updated.id())), c -> {
            Position old = Edits.existing(c, updated.id());
            if (!Objects.equals(old.reportsTo(), updated.reportsTo())) {
                throw new EditRefusedException("Replacing " + Edits.quoted(c, updated.id())
                        + " cannot change its manager; move it instead.");
            }
            Edits.checkTier(c, updated.tierId());
            for (PositionId target : updated.dottedLines()) {
                Edits.existing(c, target);
                if (target.equals(updated.id())) {
                    throw new EditRefusedException(Edits.quoted(c, updated.id()) + " cannot have a dotted line to itself.");
                }
            }
            return c.replace(updated);
        });
    }

    /**
     * Replaces the tiers, ranks as given (no renumbering); refused when a position is in a tier
     * the new list lacks, or two tiers share an id or a rank.
     */
    public static Edit tiers(List<Tier> tiers) {
        List<Tier> copy = List.copyOf(tiers);
        return Edits.of(c -> ModelTexts.t("model.replace.tiers"), c -> {
            Set<String> ids = new HashSet<>();
            Set<Integer> ranks = new HashSet<>();
            for (Tier t : copy) {
                if (!ids.add(t.id()) || !ranks.add(t.rank())) {
                    throw new EditRefusedException("Two tiers share the id '" + t.id() + "' or the rank " + t.rank() + ".");
                }
            }
            for (Position p : c.inTreeOrder()) {
                if (p.tierId() != null && !ids.contains(p.tierId())) {
                    throw new EditRefusedException("The tier '" + p.tierId() + "' cannot go: '" + p.title()
                            + "' is in it.");
                }
            }
            return c.withTiers(copy);
        });
    }

    /**
     * Gives a position a new id, keeping everything else: its place among its siblings, its
     * reports and the dotted lines to and from it.
     */
    public static Edit renameId(PositionId from, PositionId to) {
        return Edits.of(c -> ModelTexts.t("model.replace.id", Edits.quoted(c, from), to), c -> {
            Position p = Edits.existing(c, from);
            if (c.contains(to)) {
                throw new EditRefusedException("There is already a position with id '" + to + "'.");
            }
            int index = c.siblingsOf(from).indexOf(from);
            Chart result = c.insert(p.withId(to), index);
            List<PositionId> reports = new ArrayList<>(c.childrenOf(from));
            for (PositionId report : reports) {
                result = result.reattach(report, to, -1);
            }
            for (PositionId source : c.dottedReportsOf(from)) {
                Position s = result.position(source);
                result = result.replace(s.withDottedLines(s.dottedLines().stream()
                        .map(t -> t.equals(from) ? to : t).toList()));
            }
            return result.removeSubtree(from);
        });
    }
}
