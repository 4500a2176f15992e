package dev.orgwright.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A box of the org chart: a role, held by someone or vacant, in a tier, with duties and one
 * manager. Where a position sits among its siblings is kept by the {@link Chart}, not here.
 *
 * @param id            unique within the chart
 * @param title         the role ("Chief Financial Officer"); not blank
 * @param holder        who holds it; empty when the position is vacant or its holder is not disclosed
 * @param holderDisclosed whether the holder's name is known to the chart: {@code false} for a
 *                      position that is filled by someone whose name was withheld (an organogram's
 *                      "N/D"); such a position is filled, not vacant, and its holder is empty
 * @param tierId        the id of its tier, or {@code null} when not decided yet
 * @param duties        what it is expected to do, in order
 * @param reportsTo     its manager, or {@code null} for a root
 * @param dottedLines   secondary (dotted-line) managers, in order, without repeats
 * @param department    the department it belongs to; may be empty
 * @param notes         free notes; may be empty
 * @param assistant     whether it is an assistant to its manager (drawn beside, not below)
 * @param fte           the full-time equivalents the position stands for: more than 0, at most
 *                      {@link #MAX_FTE}, with at most {@link #MAX_FTE_DECIMALS} decimals; 1 by default
 * @param cost          the annual cost of the position in the chart's currency, or {@code null}
 *                      when not given: at least 0, below {@link #COST_LIMIT}, with at most
 *                      {@link #MAX_COST_DECIMALS} decimals. Private: never drawn on a card
 * @param status        planned or closing, or {@code null} for a position that simply exists
 * @param photo         a reference to the position's photo, kept as text; empty when none
 * @param fieldValues   its values of the chart's own fields ({@link Chart#fields()})
 * @param unknownFields fields of the document this version does not know
 * @param archetype     the kind of manager the position is meant to be, which sets its target
 *                      span; {@code null} when not given
 */
public record Position(PositionId id, String title, String holder, boolean holderDisclosed, String tierId,
                       List<Duty> duties,
                       PositionId reportsTo, List<PositionId> dottedLines, String department,
                       String notes, boolean assistant, BigDecimal fte, BigDecimal cost,
                       PositionStatus status, String photo, FieldValues fieldValues,
                       UnknownFields unknownFields, ManagerArchetype archetype) {

    /** The FTE of a position that does not say: one full-time role. */
    public static final BigDecimal DEFAULT_FTE = BigDecimal.ONE;
    /**
     * The largest FTE of one position. A box may stand for a pooled role ("Support agents",
     * 40 FTE), so more than 1 is allowed; beyond this it is a typo rather than a position.
     */
    public static final BigDecimal MAX_FTE = BigDecimal.valueOf(1000);
    /** FTE is kept to a ten-thousandth: a third of a role is 0.3333. */
    public static final int MAX_FTE_DECIMALS = 4;
    /** Costs are at most this (exclusive): far beyond any position, and exact in a double. */
    public static final BigDecimal COST_LIMIT = new BigDecimal("1000000000000");
    /** Costs are kept to the smallest unit of any currency (three decimals, such as the dinar's fils). */
    public static final int MAX_COST_DECIMALS = 3;

    /**
     * Checks the id, title, FTE and cost, normalises absent text to empty, an absent FTE to 1,
     * and numbers to one form each.
     */
    public Position {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (Blank.isBlank(title)) {
            throw new IllegalArgumentException(ModelTexts.t("model.position.noTitle", id));
        }
        holder = holder == null ? "" : holder;
        if (!holderDisclosed) {
            if (!Blank.isBlank(holder)) {
                throw new IllegalArgumentException(ModelTexts.t("model.position.holderUndisclosed", id));
            }
            holder = "";
        }
        tierId = tierId == null || Blank.isBlank(tierId) ? null : tierId;
        duties = List.copyOf(duties);
        dottedLines = List.copyOf(dottedLines);
        if (dottedLines.stream().distinct().count() != dottedLines.size()) {
            throw new IllegalArgumentException(ModelTexts.t("model.position.dottedTwice", id));
        }
        department = department == null ? "" : department;
        notes = notes == null ? "" : notes;
        // Checked before they are normalised: writing out 1E+999999999 would never end.
        if (fte != null && !isValidFte(fte)) {
            throw new IllegalArgumentException(fteProblem(ModelTexts.t("model.position.fteOf", id), fte));
        }
        fte = fte == null ? DEFAULT_FTE : plain(fte);
        if (cost != null && !isValidCost(cost)) {
            throw new IllegalArgumentException(costProblem(ModelTexts.t("model.position.costOf", id), cost));
        }
        cost = cost == null ? null : plain(cost);
        photo = photo == null ? "" : photo;
        fieldValues = fieldValues == null ? FieldValues.NONE : fieldValues;
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** A position that is given no manager archetype. */
    public Position(PositionId id, String title, String holder, boolean holderDisclosed, String tierId,
                    List<Duty> duties, PositionId reportsTo, List<PositionId> dottedLines, String department,
                    String notes, boolean assistant, BigDecimal fte, BigDecimal cost,
                    PositionStatus status, String photo, FieldValues fieldValues,
                    UnknownFields unknownFields) {
        this(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant,
                fte, cost, status, photo, fieldValues, unknownFields, null);
    }

    /** A position whose holder, if it has one, is named. */
    public Position(PositionId id, String title, String holder, String tierId, List<Duty> duties,
                    PositionId reportsTo, List<PositionId> dottedLines, String department,
                    String notes, boolean assistant, BigDecimal fte, BigDecimal cost,
                    PositionStatus status, String photo, FieldValues fieldValues,
                    UnknownFields unknownFields) {
        this(id, title, holder, true, tierId, duties, reportsTo, dottedLines, department, notes, assistant,
                fte, cost, status, photo, fieldValues, unknownFields, null);
    }

    /** A position as it was before FTE, cost, status and photo: one FTE, no cost, no status, no photo. */
    public Position(PositionId id, String title, String holder, String tierId, List<Duty> duties,
                    PositionId reportsTo, List<PositionId> dottedLines, String department,
                    String notes, boolean assistant, UnknownFields unknownFields) {
        this(id, title, holder, tierId, duties, reportsTo, dottedLines, department, notes, assistant,
                DEFAULT_FTE, null, null, "", FieldValues.NONE, unknownFields);
    }

    /** A position without values of the chart's own fields. */
    public Position(PositionId id, String title, String holder, String tierId, List<Duty> duties,
                    PositionId reportsTo, List<PositionId> dottedLines, String department,
                    String notes, boolean assistant, BigDecimal fte, BigDecimal cost,
                    PositionStatus status, String photo, UnknownFields unknownFields) {
        this(id, title, holder, tierId, duties, reportsTo, dottedLines, department, notes, assistant,
                fte, cost, status, photo, FieldValues.NONE, unknownFields);
    }

    /** Whether {@code fte} can be a position's FTE: more than 0, at most {@link #MAX_FTE}, few enough decimals. */
    public static boolean isValidFte(BigDecimal fte) {
        return fteFault(fte) == 0;
    }

    /**
     * Why {@code fte} cannot be a position's FTE, as a whole sentence about {@code subject} (the
     * words that name it, in the user's language, such as "The FTE of position 'cfo'"): "The FTE
     * of position 'cfo' must be more than 0 and at most 1,000, not -1." {@code null} when it can.
     */
    public static String fteProblem(String subject, BigDecimal fte) {
        return switch (fteFault(fte)) {
            case 1 -> ModelTexts.t("model.position.fteRange", subject, MAX_FTE.intValue(), shown(fte));
            case 2 -> ModelTexts.t("model.position.fteDecimals", subject, MAX_FTE_DECIMALS, shown(fte));
            default -> null;
        };
    }

    /** 0 for a valid FTE, 1 when it is out of range, 2 when it has too many decimals. */
    private static int fteFault(BigDecimal fte) {
        if (fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0) {
            return 1;
        }
        return plain(fte).scale() > MAX_FTE_DECIMALS ? 2 : 0;
    }

    /** Whether {@code cost} can be a position's cost: at least 0, below {@link #COST_LIMIT}, few enough decimals. */
    public static boolean isValidCost(BigDecimal cost) {
        return costFault(cost) == 0;
    }

    /**
     * Why {@code cost} cannot be a position's cost, as a whole sentence about {@code subject} (as
     * for {@link #fteProblem}), or {@code null} when it can.
     */
    public static String costProblem(String subject, BigDecimal cost) {
        return switch (costFault(cost)) {
            case 1 -> ModelTexts.t("model.position.costRange", subject, COST_LIMIT.longValueExact(), shown(cost));
            case 2 -> ModelTexts.t("model.position.costDecimals", subject, MAX_COST_DECIMALS, shown(cost));
            default -> null;
        };
    }

    /** 0 for a valid cost, 1 when it is out of range, 2 when it has too many decimals. */
    private static int costFault(BigDecimal cost) {
        if (cost.signum() < 0 || cost.compareTo(COST_LIMIT) >= 0) {
            return 1;
        }
        return plain(cost).scale() > MAX_COST_DECIMALS ? 2 : 0;
    }

    /**
     * One form for each number, so that 1, 1.0 and 1.00 are the same value and are written alike:
     * no trailing zeros after the point, and none replaced by an exponent.
     */
    private static BigDecimal plain(BigDecimal v) {
        if (v.compareTo(DEFAULT_FTE) == 0) {
            return DEFAULT_FTE; // one shared instance for the usual case: 100,000 positions, no copies
        }
        if (v.scale() <= 0) {
            return v.setScale(0);
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number as the user wrote it, unless spelling it out would take a page (1E+400000). */
    static String shown(BigDecimal v) {
        return Math.abs((long) v.scale()) > 30 || v.precision() > 30 ? v.toString() : v.toPlainString();
    }

    /** A new position with only an id, a title and a tier; vacant, a root, no duties. */
    public static Position of(String id, String title, String tierId) {
        return new Position(PositionId.of(id), title, "", tierId, List.of(), null, List.of(), "", "", false,
                UnknownFields.NONE);
    }

    /** Whether nobody holds the position: no holder's name, and no undisclosed holder either. */
    public boolean isVacant() {
        return holderDisclosed && holder.isBlank();
    }

    /** Whether the position is filled by someone whose name is not disclosed. */
    public boolean isHolderUndisclosed() {
        return !holderDisclosed;
    }

    /** Whether the position has a cost. */
    public boolean hasCost() {
        return cost != null;
    }

    public boolean isRoot() {
        return reportsTo == null;
    }

    public Position withTitle(String v) {
        return new Position(id, v, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    /** Held by {@code v}, a name; empty for a vacancy. Either way the holder is no longer undisclosed. */
    public Position withHolder(String v) {
        return new Position(id, title, v, true, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    /** Filled by someone whose name is not disclosed: not vacant, and no name shown. */
    public Position withHolderNotDisclosed() {
        return new Position(id, title, "", false, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withTier(String v) {
        return new Position(id, title, holder, holderDisclosed, v, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withDuties(List<Duty> v) {
        return new Position(id, title, holder, holderDisclosed, tierId, v, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withReportsTo(PositionId v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, v, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withDottedLines(List<PositionId> v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, v, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withDepartment(String v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, v, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withNotes(String v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, v, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    public Position withAssistant(boolean v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, v, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    /** The same position under another id; managers and dotted lines are the caller's to adjust. */
    public Position withId(PositionId v) {
        return new Position(v, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    /** With {@code v} FTE; {@code null} is the default, 1. */
    public Position withFte(BigDecimal v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, v, cost, status, photo, fieldValues, unknownFields, archetype);
    }

    /** With an annual cost of {@code v}; {@code null} for none. */
    public Position withCost(BigDecimal v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, v, status, photo, fieldValues, unknownFields, archetype);
    }

    /** With status {@code v}; {@code null} for none. */
    public Position withStatus(PositionStatus v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, v, photo, fieldValues, unknownFields, archetype);
    }

    /** With the photo reference {@code v}; {@code null} or empty for none. */
    public Position withPhoto(String v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, v, fieldValues, unknownFields, archetype);
    }

    /** With the values of the chart's own fields {@code v}; {@code null} for none. */
    public Position withFieldValues(FieldValues v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, v, unknownFields, archetype);
    }

    public Position withUnknownFields(UnknownFields v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, v, archetype);
    }

    /** Meant to be a manager of archetype {@code v}; {@code null} for none. */
    public Position withArchetype(ManagerArchetype v) {
        return new Position(id, title, holder, holderDisclosed, tierId, duties, reportsTo, dottedLines, department, notes, assistant, fte, cost, status, photo, fieldValues, unknownFields, v);
    }
}
