package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.ImportProblem.Kind;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the cells of a row that have a meaning beyond their text: the holder (a name, or a
 * placeholder such as {@code Vacant}, {@code N/D} or {@code Eliminated}), the FTE, the cost
 * (a salary, or the midpoint of a pay band times the FTE), the status and the photo. A cell
 * that cannot be read is reported with its row, column and value, and the row is imported
 * without it.
 */
final class TypedCells {

    /** Where a problem goes: the row, the 0-based column, the kind, and the sentence after "Row N, column 'X': ". */
    interface Problems {
        void report(int row, int column, Kind kind, String what);
    }

    /**
     * What a row's typed cells say.
     *
     * @param holder          the holder's name; empty for a vacancy or an undisclosed holder
     * @param holderDisclosed false when the holder cell says the name is withheld
     * @param fte             the FTE, or {@code null} for the default
     * @param cost            the annual cost, or {@code null} when not given or not disclosed
     * @param status          the status, or {@code null}
     * @param photo           a local photo, or empty
     */
    record Facts(String holder, boolean holderDisclosed, BigDecimal fte, BigDecimal cost, PositionStatus status,
                 String photo) {
    }

    private final Problems problems;
    private final OptionalInt fte;
    private final OptionalInt cost;
    private final OptionalInt floor;
    private final OptionalInt ceiling;
    private final OptionalInt status;
    private final OptionalInt photo;

    TypedCells(ColumnMapping mapping, Problems problems) {
        this.problems = problems;
        this.fte = mapping.column(ColumnRole.FTE);
        this.cost = mapping.column(ColumnRole.COST);
        this.floor = mapping.column(ColumnRole.PAY_FLOOR);
        this.ceiling = mapping.column(ColumnRole.PAY_CEILING);
        this.status = mapping.column(ColumnRole.STATUS);
        this.photo = mapping.column(ColumnRole.PHOTO);
    }

    /** The typed facts of row {@code r}, whose holder cells read {@code holderText}. */
    Facts read(CsvRow r, String holderText) {
        int row = r.row();
        String holder = holderText;
        boolean disclosed = true;
        PositionStatus fromHolder = null;
        Optional<Placeholders.Holder> placeholder = Placeholders.holder(holderText);
        if (placeholder.isPresent()) {
            holder = "";
            switch (placeholder.get()) {
                case VACANT -> { }
                case NOT_DISCLOSED -> disclosed = false;
                case CLOSING -> fromHolder = PositionStatus.CLOSING;
                default -> throw new IllegalStateException(placeholder.get().name());
            }
        }
        BigDecimal fteValue = readFte(r);
        BigDecimal costValue = readCost(r, fteValue == null ? Position.DEFAULT_FTE : fteValue);
        PositionStatus statusValue = readStatus(r);
        return new Facts(holder, disclosed, fteValue, costValue, statusValue != null ? statusValue : fromHolder,
                readPhoto(r));
    }

    private BigDecimal readFte(CsvRow r) {
        String text = cell(r, fte);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> n = number(r, fte, text, IoTexts.t("io.cells.fteDefault"));
        if (n.isEmpty()) {
            return null;
        }
        // A third of a post typed to many places is still a third: kept to the model's ten-thousandth.
        BigDecimal value = n.get().setScale(Math.min(n.get().scale(), Position.MAX_FTE_DECIMALS), RoundingMode.HALF_UP);
        String problem = Position.fteProblem(IoTexts.t("io.cells.fteSubject"), value);
        if (problem != null) {
            problems.report(r.row(), fte.getAsInt(), Kind.NOT_A_NUMBER, IoTexts.t("io.cells.fte",
                    problem.replaceFirst("\\.$", "")));
            return null;
        }
        return value;
    }

    /** The salary, or the middle of the pay band times the FTE; a band of 0 to 0 is not disclosed. */
    private BigDecimal readCost(CsvRow r, BigDecimal fteValue) {
        if (cost.isPresent() && !cell(r, cost).isEmpty()) {
            return checked(r, cost, number(r, cost, cell(r, cost), IoTexts.t("io.cells.noCost")).orElse(null));
        }
        if (floor.isEmpty() && ceiling.isEmpty()) {
            return null;
        }
        String floorText = cell(r, floor);
        String ceilingText = cell(r, ceiling);
        BigDecimal low = floorText.isEmpty() ? null
                : number(r, floor, floorText, IoTexts.t("io.cells.noCost")).orElse(null);
        BigDecimal high = ceilingText.isEmpty() ? null
                : number(r, ceiling, ceilingText, IoTexts.t("io.cells.noCost")).orElse(null);
        if (low == null && !floorText.isEmpty() || high == null && !ceilingText.isEmpty()) {
            return null;
        }
        boolean lowGiven = low != null && low.signum() != 0;
        boolean highGiven = high != null && high.signum() != 0;
        if (!lowGiven && !highGiven) {
            return null; // 0 to 0: the pay is not disclosed, not nothing
        }
        BigDecimal middle = !lowGiven ? high : !highGiven ? low
                : low.add(high).divide(BigDecimal.valueOf(2), low.scale() + high.scale() + 1, RoundingMode.HALF_UP);
        if (lowGiven && highGiven && low.compareTo(high) > 0) {
            problems.report(r.row(), floor.getAsInt(), Kind.NOT_A_NUMBER, IoTexts.t("io.cells.floorAboveCeiling"));
        }
        BigDecimal value = middle.multiply(fteValue).setScale(2, RoundingMode.HALF_UP);
        return checked(r, lowGiven ? floor : ceiling, value);
    }

    private BigDecimal checked(CsvRow r, OptionalInt column, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.scale() > Position.MAX_COST_DECIMALS
                ? value.setScale(Position.MAX_COST_DECIMALS, RoundingMode.HALF_UP) : value;
        String problem = Position.costProblem(IoTexts.t("io.cells.costSubject"), rounded);
        if (problem != null) {
            problems.report(r.row(), column.getAsInt(), Kind.NOT_A_NUMBER, IoTexts.t("io.cells.cost",
                    problem.replaceFirst("\\.$", "")));
            return null;
        }
        return rounded;
    }

    private PositionStatus readStatus(CsvRow r) {
        String text = cell(r, status);
        if (text.isEmpty() || Placeholders.saysNoStatus(text)) {
            return null;
        }
        Optional<PositionStatus> s = Placeholders.status(text);
        if (s.isEmpty()) {
            problems.report(r.row(), status.getAsInt(), Kind.UNKNOWN_STATUS, IoTexts.t("io.cells.status", text));
            return null;
        }
        return s.get();
    }

    /** A local path or file name, with forward slashes; a web address is not a photo here (it is never fetched). */
    private String readPhoto(CsvRow r) {
        String text = cell(r, photo);
        if (text.isEmpty() || FieldColumns.isRemote(text)) {
            return "";
        }
        return text.startsWith("data:") ? text : text.replace('\\', '/');
    }

    private Optional<BigDecimal> number(CsvRow r, OptionalInt column, String text, String outcome) {
        Optional<BigDecimal> n = Amounts.parse(text);
        if (n.isEmpty()) {
            problems.report(r.row(), column.getAsInt(), Kind.NOT_A_NUMBER, IoTexts.t("io.cells.notANumber", text,
                    outcome));
        }
        return n;
    }

    private static String cell(CsvRow r, OptionalInt column) {
        return CsvCells.text(r, column);
    }
}
