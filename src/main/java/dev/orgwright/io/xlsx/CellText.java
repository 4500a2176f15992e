package dev.orgwright.io.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell's value as the text a CSV file would hold, so that the importer reads a workbook's cells
 * as it reads a CSV file's: whole numbers without ".0", no exponent, at most the 15 significant
 * digits a spreadsheet shows; dates as ISO 8601 ({@code 2024-03-31}, with the time only when
 * there is one); TRUE and FALSE as a spreadsheet writes them.
 */
final class CellText {

    private static final MathContext SHOWN = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private CellText() {
    }

    /** A number as written in the file ("54705", "0.36", "5.4705E4"); unreadable text is kept as it is. */
    static String number(String written) {
        try {
            return number(new BigDecimal(written.strip()));
        } catch (NumberFormatException e) {
            return written;
        }
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#NUM!";
        }
        return number(new BigDecimal(Double.toString(value)));
    }

    private static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        // 0.1 + 0.2 is stored as 0.30000000000000004; a spreadsheet shows, and means, 0.3.
        return value.round(SHOWN).stripTrailingZeros().toPlainString();
    }

    /** A number in a cell formatted as a date or time: ISO 8601, the time only when there is one. */
    static String date(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return number(serial);
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
        if (at == null) {
            return number(serial);
        }
        boolean hasTime = at.toLocalTime().toSecondOfDay() != 0;
        boolean hasSeconds = at.getSecond() != 0;
        if (serial < 1 && hasTime) {
            return at.format(hasSeconds ? TIME_SECONDS : TIME); // a time of day without a date
        }
        if (!hasTime) {
            return at.format(DATE);
        }
        return at.format(hasSeconds ? DATE_TIME_SECONDS : DATE_TIME);
    }

    static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }
}
