package dev.orgwright.io.csv;

import java.util.Optional;

/**
 * A row of an imported file that was not imported as written, with its row number as a
 * spreadsheet shows it (the header is row 1) and a sentence saying where and what.
 *
 * @param row     the spreadsheet row number
 * @param column  the header of the column the problem is in, or {@code null} for the whole row
 * @param kind    what kind of problem it is
 * @param refused whether the row was left out of the chart; otherwise it was imported, changed as the message says
 * @param message the problem as a sentence, starting with the row (and column)
 */
public record ImportProblem(int row, String column, Kind kind, boolean refused, String message) {

    /** The kinds of problem rows. */
    public enum Kind {
        BLANK_ROW,
        WRONG_FIELD_COUNT,
        UNCLOSED_QUOTE,
        MISSING_ID,
        DUPLICATE_ID,
        MISSING_TITLE,
        UNKNOWN_TIER,
        MISSING_MANAGER,
        AMBIGUOUS_MANAGER,
        CYCLE,
        /** A number cell (FTE, cost, pay band) that is not a number, or not one a position can have. */
        NOT_A_NUMBER
    }

    public Optional<String> columnName() {
        return Optional.ofNullable(column);
    }

    @Override
    public String toString() {
        return message;
    }
}
