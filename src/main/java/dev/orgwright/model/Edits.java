package dev.orgwright.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The edits of positions: adding, removing, moving and reordering them, changing their fields,
 * duties and dotted lines. Each factory returns an {@link Edit}; nothing happens until it is
 * applied. Tier and catalog edits are in {@link TierEdits}.
 */
public final class Edits {

    private Edits() {
    }

    /** An edit from a label function and a chart function. */
    static Edit of(Function<Chart, String> label, UnaryOperator<Chart> apply) {
        return new Edit() {
            @Override
            public String label(Chart before) {
                return label.apply(before);
            }

            @Override
            public Chart apply(Chart before) {
                return apply.apply(before);
            }
        };
    }

    /** Several edits applied in order as one (one undo step), under one label. */
    public static Edit sequence(String label, List<Edit> edits) {
        return sequence(c -> label, edits);
    }

    /** Several edits applied in order as one, labelled by what the chart holds before them. */
    public static Edit sequence(Function<Chart, String> label, List<Edit> edits) {
        List<Edit> copy = List.copyOf(edits);
        return of(label, c -> {
            Chart result = c;
            for (Edit e : copy) {
                result = e.apply(result);
            }
            return result;
        });
    }

    static String quoted(Chart chart, PositionId id) {
        return chart.find(id).map(p -> "'" + p.title() + "'").orElse("'" + id + "'");
    }

    static Position existing(Chart chart, PositionId id) {
        return chart.find(id).orElseThrow(() ->
                new EditRefusedException("The chart has no position with id '" + id + "'; it may have been removed."));
    }

    // ---- structure ----

    /**
     * Adds a new position under {@code position.reportsTo()} (a root when null) at {@code index}
     * among its siblings; -1 adds it last.
     */
    public static Edit add(Position position, int index) {
        Objects.requireNonNull(position, "position");
        return of(c -> position.reportsTo() == null ? ModelTexts.t("model.edit.add", position.title())
                        : ModelTexts.t("model.edit.addUnder", position.title(), quoted(c, position.reportsTo())),
                c -> {
                    if (c.contains(position.id())) {
                        throw new EditRefusedException("There is already a position with id '" + position.id()
                                + "' (" + quoted(c, position.id()) + "); choose another id.");
                    }
                    if (position.reportsTo() != null) {
                        existing(c, position.reportsTo());
                    }
                    checkTier(c, position.tierId());
                    CustomFieldEdits.checkValues(c, position);
                    for (PositionId target : position.dottedLines()) {
                        existing(c, target);
                    }
                    return c.insert(position, index);
                });
    }

    /** Removes a position together with everything below it. */
    public static Edit removeWithSubtree(PositionId id) {
        return of(c -> {
            int below = c.find(id).map(p -> c.subtree(id).size() - 1).orElse(0);
            return below == 0 ? ModelTexts.t("model.edit.remove", quoted(c, id))
                    : below == 1 ? ModelTexts.t("model.edit.removeWithOne", quoted(c, id))
                    : ModelTexts.t("model.edit.removeWithMany", quoted(c, id), below);
        }, c -> {
            existing(c, id);
            return c.removeSubtree(id);
        });
    }

    /** Removes a position and hands its direct reports to its own manager, in its place. */
    public static Edit removeKeepingReports(PositionId id) {
        return of(c -> {
            PositionId manager = c.find(id).map(Position::reportsTo).orElse(null);
            boolean hasReports = !c.find(id).map(p -> c.childrenOf(id)).orElse(List.of()).isEmpty();
            if (!hasReports) {
                return ModelTexts.t("model.edit.remove", quoted(c, id));
            }
            return manager == null ? ModelTexts.t("model.edit.removeReportsTopLevel", quoted(c, id))
                    : ModelTexts.t("model.edit.removeReportsTo", quoted(c, id), quoted(c, manager));
        }, c -> {
            Position p = existing(c, id);
            int index = c.siblingsOf(id).indexOf(id);
            Chart result = c;
            List<PositionId> reports = new ArrayList<>(c.childrenOf(id));
            for (int i = 0; i < reports.size(); i++) {
                result = result.reattach(reports.get(i), p.reportsTo(), index + 1 + i);
            }
            return result.removeSubtree(id);
        });
    }

    /**
     * Moves a position, with everything below it, under {@code manager} (null: makes it a root)
     * at {@code index} among its new siblings (-1: last). Refused when the manager sits inside
     * the moved subtree.
     */
    public static Edit move(PositionId id, PositionId manager, int index) {
        return of(c -> manager == null ? ModelTexts.t("model.edit.makeTopLevel", quoted(c, id))
                        : ModelTexts.t("model.edit.move", quoted(c, id), quoted(c, manager)),
                c -> {
                    existing(c, id);
                    if (manager != null) {
                        existing(c, manager);
                        String refusal = whyCannotReportTo(c, id, manager);
                        if (refusal != null) {
                            throw new EditRefusedException(refusal);
                        }
                    }
                    return c.reattach(id, manager, index);
                });
    }

    /**
     * Why {@code id} may not report to {@code manager}, or {@code null} when it may. A tier rule
     * broken by the move is not a reason: the move is allowed and the rule reports it.
     */
    public static String whyCannotReportTo(Chart chart, PositionId id, PositionId manager) {
        if (id.equals(manager)) {
            return ModelTexts.t("model.refusal.reportToItself", quoted(chart, id));
        }
        if (chart.isInSubtreeOf(manager, id)) {
            return ModelTexts.t("model.refusal.reportIntoOwnTeam", quoted(chart, id), quoted(chart, manager));
        }
        return null;
    }

    /** Moves a position to {@code index} among its siblings, keeping its manager. */
    public static Edit reorder(PositionId id, int index) {
        return of(c -> ModelTexts.t("model.edit.reorder", quoted(c, id)), c -> {
            Position p = existing(c, id);
            List<PositionId> siblings = c.siblingsOf(id);
            if (index < 0 || index >= siblings.size()) {
                throw new EditRefusedException("Position " + (index + 1) + " is outside the " + siblings.size()
                        + " places among the siblings of " + quoted(c, id) + ".");
            }
            return c.reattach(id, p.reportsTo(), index);
        });
    }

    // ---- fields ----

    public static Edit setTitle(PositionId id, String title) {
        return update(id, c -> ModelTexts.t("model.edit.rename", quoted(c, id), title), p -> p.withTitle(title));
    }

    public static Edit setHolder(PositionId id, String holder) {
        return update(id, c -> holder == null || holder.isBlank() ? ModelTexts.t("model.edit.vacant", quoted(c, id))
                : ModelTexts.t("model.edit.holder", quoted(c, id), holder), p -> p.withHolder(holder));
    }

    /** Marks a position filled by someone whose name is not disclosed: not vacant, and no name shown. */
    public static Edit setHolderNotDisclosed(PositionId id) {
        return update(id, c -> ModelTexts.t("model.edit.notDisclosed", quoted(c, id)), Position::withHolderNotDisclosed);
    }

    /** Puts a position in a tier; {@code null} leaves its tier undecided. */
    public static Edit setTier(PositionId id, String tierId) {
        return of(c -> tierId == null ? ModelTexts.t("model.edit.clearTier", quoted(c, id))
                        : ModelTexts.t("model.edit.tier", quoted(c, id), c.tier(tierId).map(Tier::name).orElse(tierId)),
                c -> {
                    checkTier(c, tierId);
                    return c.replace(existing(c, id).withTier(tierId));
                });
    }

    public static Edit setDepartment(PositionId id, String department) {
        return update(id, c -> ModelTexts.t("model.edit.department", quoted(c, id)), p -> p.withDepartment(department));
    }

    public static Edit setNotes(PositionId id, String notes) {
        return update(id, c -> ModelTexts.t("model.edit.notes", quoted(c, id)), p -> p.withNotes(notes));
    }

    public static Edit setAssistant(PositionId id, boolean assistant) {
        return update(id, c -> ModelTexts.t(assistant ? "model.edit.assistant" : "model.edit.notAssistant", quoted(c, id)),
                p -> p.withAssistant(assistant));
    }

    /** Sets the FTE of a position; {@code null} sets the default, 1. */
    public static Edit setFte(PositionId id, BigDecimal fte) {
        BigDecimal value = fte == null ? Position.DEFAULT_FTE : fte;
        return update(id, c -> ModelTexts.t("model.edit.fte", quoted(c, id), Position.shown(value.stripTrailingZeros())),
                p -> p.withFte(value));
    }

    /**
     * Sets the annual cost of a position; {@code null} clears it. The label does not name the
     * amount: the history is shown in menus, and a cost is private.
     */
    public static Edit setCost(PositionId id, BigDecimal cost) {
        return update(id, c -> ModelTexts.t(cost == null ? "model.edit.clearCost" : "model.edit.cost", quoted(c, id)),
                p -> p.withCost(cost));
    }

    /** Marks a position planned or closing; {@code null} clears its status. */
    public static Edit setStatus(PositionId id, PositionStatus status) {
        return update(id, c -> ModelTexts.t(status == null ? "model.edit.clearStatus" : "model.edit.status." + status.key(), quoted(c, id)),
                p -> p.withStatus(status));
    }

    /** Gives a position the manager archetype {@code archetype}, which sets its target span; {@code null} clears it. */
    public static Edit setArchetype(PositionId id, ManagerArchetype archetype) {
        return update(id, c -> archetype == null ? ModelTexts.t("model.edit.clearArchetype", quoted(c, id))
                        : ModelTexts.t("model.edit.archetype", quoted(c, id), archetype.key()),
                p -> p.withArchetype(archetype));
    }

    /** Sets the reference to a position's photo; {@code null} or empty removes it. */
    public static Edit setPhoto(PositionId id, String photo) {
        return update(id, c -> ModelTexts.t(photo == null || photo.isEmpty() ? "model.edit.removePhoto" : "model.edit.photo",
                quoted(c, id)), p -> p.withPhoto(photo));
    }

    // ---- duties ----

    /** Adds a duty at {@code index} (-1: last). */
    public static Edit addDuty(PositionId id, Duty duty, int index) {
        return update(id, c -> ModelTexts.t("model.edit.addDuty", quoted(c, id)), p -> {
            List<Duty> duties = new ArrayList<>(p.duties());
            duties.add(index < 0 || index > duties.size() ? duties.size() : index, duty);
            return p.withDuties(duties);
        });
    }

    public static Edit removeDuty(PositionId id, int index) {
        return update(id, c -> ModelTexts.t("model.edit.removeDuty", quoted(c, id)), p -> {
            List<Duty> duties = new ArrayList<>(p.duties());
            checkDutyIndex(p, index);
            duties.remove(index);
            return p.withDuties(duties);
        });
    }

    /** Replaces the duty at {@code index}: new text, a new link to the catalog, or both. */
    public static Edit replaceDuty(PositionId id, int index, Duty duty) {
        return update(id, c -> ModelTexts.t("model.edit.editDuty", quoted(c, id)), p -> {
            List<Duty> duties = new ArrayList<>(p.duties());
            checkDutyIndex(p, index);
            duties.set(index, duty);
            return p.withDuties(duties);
        });
    }

    public static Edit moveDuty(PositionId id, int from, int to) {
        return update(id, c -> ModelTexts.t("model.edit.reorderDuties", quoted(c, id)), p -> {
            List<Duty> duties = new ArrayList<>(p.duties());
            checkDutyIndex(p, from);
            checkDutyIndex(p, to);
            duties.add(to, duties.remove(from));
            return p.withDuties(duties);
        });
    }

    private static void checkDutyIndex(Position p, int index) {
        if (index < 0 || index >= p.duties().size()) {
            throw new EditRefusedException("'" + p.title() + "' has " + p.duties().size()
                    + " duties; there is no duty number " + (index + 1) + ".");
        }
    }

    // ---- dotted lines ----

    public static Edit addDottedLine(PositionId id, PositionId manager) {
        return of(c -> ModelTexts.t("model.edit.addDottedLine", quoted(c, id), quoted(c, manager)), c -> {
            Position p = existing(c, id);
            existing(c, manager);
            if (id.equals(manager)) {
                throw new EditRefusedException(quoted(c, id) + " cannot have a dotted line to itself.");
            }
            if (p.dottedLines().contains(manager)) {
                throw new EditRefusedException(quoted(c, id) + " already has a dotted line to " + quoted(c, manager) + ".");
            }
            List<PositionId> lines = new ArrayList<>(p.dottedLines());
            lines.add(manager);
            return c.replace(p.withDottedLines(lines));
        });
    }

    public static Edit removeDottedLine(PositionId id, PositionId manager) {
        return update(id, c -> ModelTexts.t("model.edit.removeDottedLine", quoted(c, id), quoted(c, manager)),
                p -> p.withDottedLines(p.dottedLines().stream().filter(m -> !m.equals(manager)).toList()));
    }

    // ---- chart ----

    public static Edit setChartTitle(String title) {
        return of(c -> ModelTexts.t("model.edit.chartTitle", title), c -> c.withTitle(title));
    }

    public static Edit setSettings(Settings settings) {
        return of(c -> ModelTexts.t("model.edit.settings"), c -> c.withSettings(settings));
    }

    /** Names the currency of the chart's costs (an ISO 4217 code such as "EUR"); {@code null} clears it. */
    public static Edit setCurrency(String code) {
        return of(c -> code == null ? ModelTexts.t("model.edit.clearCurrency") : ModelTexts.t("model.edit.currency", code), c -> {
            if (code == null) {
                return c.withSettings(c.settings().without(Settings.CURRENCY));
            }
            if (!Settings.isCurrencyCode(code)) {
                throw new EditRefusedException("'" + code + "' is not a currency code; use three capital letters"
                        + " of ISO 4217, such as EUR, GBP or USD.");
            }
            return c.withSettings(c.settings().with(Settings.CURRENCY, code));
        });
    }

    private static Edit update(PositionId id, Function<Chart, String> label, UnaryOperator<Position> change) {
        return of(label, c -> {
            Position updated;
            try {
                updated = change.apply(existing(c, id));
            } catch (IllegalArgumentException e) {
                throw new EditRefusedException(e.getMessage());
            }
            return c.replace(updated);
        });
    }

    static void checkTier(Chart c, String tierId) {
        if (tierId != null && c.tier(tierId).isEmpty()) {
            throw new EditRefusedException("The chart has no tier with id '" + tierId + "'.");
        }
    }
}
