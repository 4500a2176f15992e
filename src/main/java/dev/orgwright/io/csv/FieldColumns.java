package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of an imported file that become the chart's own fields, each with a type read
 * from its values and a privacy read from its name and values (or chosen by the user): a
 * column of numbers is a number field, of dates a date field, of a few values repeated many
 * times a choice field, and anything else a text field. The holder's e-mail is kept as the
 * private field "E-mail"; the grade as a public field, for the tiers to use; the pay band's floor
 * and ceiling as private fields beside the cost they give.
 */
final class FieldColumns {

    /** A choice field has at most this many choices; more is a text field. */
    static final int MAX_CHOICES = 12;
    /** A choice's value is short: a longer one is free text. */
    static final int MAX_CHOICE_LENGTH = 40;

    /** Cells that say "no value" in a number or date column. */
    private static final Set<String> NO_VALUE = Set.of("", "na", "nd", "none", "null", "notdisclosed", "notknown",
            "unknown");
    /** The length of the longest word of {@link #NO_VALUE}. */
    private static final int LONGEST_NO_VALUE = NO_VALUE.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    /** How a date column writes its dates. */
    enum DateOrder { ISO, DAY_FIRST, MONTH_FIRST }

    /**
     * One column kept as a field.
     *
     * @param remotePhotos whether it is the photo column, kept for its web addresses only: they are
     *                     never fetched, so they cannot be photos, and are kept as text instead
     */
    record Column(int column, FieldDefinition definition, DateOrder dates, boolean remotePhotos) {
    }

    private static final Pattern REMOTE = Pattern.compile("(?i)([a-z][a-z0-9+.-]*:)?//.*");

    private final List<Column> columns;
    /**
     * The order in which a row's values are set, as indexes into {@link #columns}: the columns with
     * the fewest different values first, so that rows alike in those share the start of their
     * values ({@link FieldValues} is persistent) instead of each building its own. File order when
     * two field ids hash alike, as the order of setting then decides the order of the values.
     */
    private final int[] setOrder;
    /** Per place in {@link #setOrder}: the values made by setting a value on a shared start. */
    private final List<Map<Shared, FieldValues>> shared;

    /** The values so far, compared by identity (they are shared), and the value set next. */
    private record Shared(FieldValues before, Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shared other && before == other.before && value.equals(other.value);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(before) + value.hashCode();
        }
    }

    /** The most values remembered per column for sharing; beyond them rows build their own. */
    private static final int MAX_SHARED = 512;
    /** How many rows tell how many different values a column has. */
    private static final int ORDER_SAMPLE = 1000;

    private FieldColumns(List<Column> columns, List<CsvRow> rows) {
        this.columns = List.copyOf(columns);
        this.setOrder = setOrder(this.columns, rows == null ? List.of() : rows);
        this.shared = new ArrayList<>();
        for (int k = 0; k < setOrder.length; k++) {
            shared.add(new HashMap<>());
        }
    }

    private static int[] setOrder(List<Column> columns, List<CsvRow> rows) {
        int[] different = new int[columns.size()];
        Set<Integer> hashes = new HashSet<>();
        boolean hashApart = true;
        for (int k = 0; k < columns.size(); k++) {
            hashApart &= hashes.add(columns.get(k).definition().id().hashCode());
            Set<String> seen = new HashSet<>();
            for (int r = 0; r < Math.min(rows.size(), ORDER_SAMPLE); r++) {
                seen.add(cell(rows.get(r), columns.get(k).column()));
            }
            different[k] = seen.size();
        }
        Integer[] order = new Integer[columns.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        if (hashApart) {
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> different[k]));
        }
        int[] out = new int[order.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = order[k];
        }
        return out;
    }

    /**
     * The fields the columns of {@code mapping} make: every own-field column, the e-mail and the
     * grade. {@code privacy} overrides, by 0-based column, whether a field is private.
     */
    static FieldColumns plan(CsvTable table, ColumnMapping mapping, Map<Integer, Boolean> privacy) {
        return plan(table, mapping, privacy, List.of());
    }

    /** As {@link #plan(CsvTable, ColumnMapping, Map)}; a column named as one of {@code known} takes its definition. */
    static FieldColumns plan(CsvTable table, ColumnMapping mapping, Map<Integer, Boolean> privacy,
                             List<FieldDefinition> known) {
        List<Column> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<CsvRow> rows = null; // the rows whose cells tell a field's type: found once, for the first field
        for (int c = 0; c < mapping.headers().size(); c++) {
            ColumnRole role = mapping.role(c);
            if (role == ColumnRole.PHOTO) {
                rows = rows == null ? typedRows(table) : rows;
                List<String> remote = cells(rows, c).stream().filter(FieldColumns::isRemote).toList();
                if (!remote.isEmpty()) {
                    String id = uniqueId(idFor(mapping.headerName(c)), ids);
                    boolean isPrivate = privacy.getOrDefault(c, false);
                    out.add(new Column(c, FieldDefinition.of(id, nameOf(mapping.headerName(c)), FieldType.TEXT, isPrivate),
                            DateOrder.ISO, true));
                }
                continue;
            }
            // The pay band gives the cost, and is kept as it is too (privately): a band says more than its middle.
            if (role != ColumnRole.CUSTOM_FIELD && role != ColumnRole.EMAIL && role != ColumnRole.GRADE
                    && role != ColumnRole.PAY_FLOOR && role != ColumnRole.PAY_CEILING) {
                continue;
            }
            rows = rows == null ? typedRows(table) : rows;
            FieldDefinition same = role == ColumnRole.CUSTOM_FIELD ? knownAs(mapping.headerName(c), known) : null;
            if (same != null && ids.add(same.id())) {
                boolean isPrivate = privacy.getOrDefault(c, same.isPrivate());
                out.add(new Column(c, new FieldDefinition(same.id(), same.name(), same.type(), isPrivate, same.choices()),
                        dateOrderOf(cells(rows, c)), false));
                continue;
            }
            List<String> cells = cells(rows, c);
            String name = role == ColumnRole.EMAIL ? "E-mail" : role == ColumnRole.GRADE ? "Grade"
                    : nameOf(mapping.headerName(c));
            String id = uniqueId(role == ColumnRole.EMAIL ? "email" : idFor(mapping.headerName(c)), ids);
            boolean isPrivate = privacy.getOrDefault(c, suggestsPrivate(role, mapping.headerName(c), cells));
            out.add(column(c, id, name, isPrivate, cells));
        }
        return new FieldColumns(out, rows);
    }

    /** A field's name from its column's header: "phone_number" reads as "Phone number", "Grade" stays. */
    static String nameOf(String header) {
        String words = header.replace('_', ' ').strip();
        return words.isEmpty() ? header : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static FieldDefinition knownAs(String header, List<FieldDefinition> known) {
        for (FieldDefinition f : known) {
            if (f.name().strip().equalsIgnoreCase(header.strip()) || f.name().strip().equalsIgnoreCase(nameOf(header))) {
                return f;
            }
        }
        return null;
    }

    private static DateOrder dateOrderOf(List<String> cells) {
        return dateOrder(cells.stream().filter(v -> !isNoValue(v)).toList()).orElse(DateOrder.ISO);
    }

    /** Whether a column of {@code role} called {@code header} with these cells is private unless the user says. */
    static boolean suggestsPrivate(ColumnRole role, String header, List<String> cells) {
        return switch (role) {
            case EMAIL, COST, PAY_FLOOR, PAY_CEILING -> true;
            case GRADE -> false;
            case CUSTOM_FIELD -> PersonalData.byName(header) || PersonalData.byValues(cells);
            default -> false;
        };
    }

    List<FieldDefinition> definitions() {
        return columns.stream().map(Column::definition).toList();
    }

    List<Column> columns() {
        return columns;
    }

    /**
     * The row's values of the fields. A cell that is not a value of its field's type is left out
     * and reported (a private field's value is not repeated in the message).
     */
    FieldValues read(CsvRow r, TypedCells.Problems problems) {
        Object[] kept = new Object[columns.size()];
        for (int k = 0; k < kept.length; k++) {
            Column col = columns.get(k);
            String cell = cell(r, col.column());
            Object value = value(col, cell);
            FieldDefinition f = col.definition();
            String subject = IoTexts.t("io.fields.valueOf", f.name());
            String problem = value == null ? null : f.valueProblem(subject, value);
            if (value == null && !cell.isEmpty() && !isNoValue(cell) && !col.remotePhotos()
                    && f.type() != FieldType.TEXT) {
                problem = f.valueProblem(subject, cell);
            }
            if (problem != null) {
                problems.report(r.row(), col.column(), ImportProblem.Kind.NOT_A_FIELD_VALUE,
                        IoTexts.t("io.fields.badValue", problem.replaceFirst("\\.$", "")));
            } else {
                kept[k] = value;
            }
        }
        FieldValues values = FieldValues.NONE;
        boolean isShared = true; // whether values so far are shared, so that the next may be too
        for (int at = 0; at < setOrder.length; at++) {
            int k = setOrder[at];
            Object value = kept[k];
            if (value == null) {
                continue;
            }
            String id = columns.get(k).definition().id();
            if (!isShared) {
                values = values.with(id, value);
                continue;
            }
            Map<Shared, FieldValues> made = shared.get(at);
            Shared key = new Shared(values, value);
            FieldValues next = made.get(key);
            if (next == null) {
                next = values.with(id, value);
                if (made.size() < MAX_SHARED) {
                    made.put(key, next);
                } else {
                    isShared = false;
                }
            }
            values = next;
        }
        return values;
    }

    /** The value of {@code cell} in {@code col}'s field, or {@code null} for none. */
    static Object value(Column col, String cell) {
        if (cell.isEmpty() || col.remotePhotos() && !isRemote(cell)) {
            return null;
        }
        return switch (col.definition().type()) {
            case NUMBER -> isNoValue(cell) ? null : Amounts.parse(cell).orElse(null);
            case DATE -> isNoValue(cell) ? null : date(cell, col.dates()).orElse(null);
            case CHOICE, TEXT -> cell;
        };
    }

    private static Column column(int c, String id, String name, boolean isPrivate, List<String> cells) {
        List<String> filled = cells.stream().filter(v -> !v.isEmpty()).toList();
        List<String> valued = filled.stream().filter(v -> !isNoValue(v)).toList();
        if (!valued.isEmpty() && valued.stream().allMatch(FieldColumns::fitsANumberField)) {
            return new Column(c, FieldDefinition.of(id, name, FieldType.NUMBER, isPrivate), DateOrder.ISO, false);
        }
        Optional<DateOrder> order = dateOrder(valued);
        if (order.isPresent()) {
            return new Column(c, FieldDefinition.of(id, name, FieldType.DATE, isPrivate), order.get(), false);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String v : filled) {
            // A column of names or remarks has thousands of values: past the limit, counting stops.
            if (distinct.add(v) && distinct.size() > MAX_CHOICES) {
                break;
            }
        }
        boolean fewRepeated = !distinct.isEmpty() && distinct.size() <= MAX_CHOICES
                && filled.size() >= 2 * distinct.size() && distinct.stream().allMatch(v -> v.length() <= MAX_CHOICE_LENGTH);
        if (fewRepeated) {
            return new Column(c, new FieldDefinition(id, name, FieldType.CHOICE, isPrivate, List.copyOf(distinct)),
                    DateOrder.ISO, false);
        }
        return new Column(c, FieldDefinition.of(id, name, FieldType.TEXT, isPrivate), DateOrder.ISO, false);
    }

    /** Whether a photo cell is a web address ("https://…", "//host/…") rather than a file here; file: URLs are files. */
    static boolean isRemote(String cell) {
        return REMOTE.matcher(cell).matches() && !cell.regionMatches(true, 0, "file:", 0, 5);
    }

    private static boolean fitsANumberField(String cell) {
        return Amounts.parse(cell).map(n -> n.abs().compareTo(FieldDefinition.NUMBER_LIMIT) < 0
                && n.stripTrailingZeros().scale() <= FieldDefinition.MAX_NUMBER_DECIMALS).orElse(false);
    }

    /** How all of {@code cells} write dates, when they all are dates written one way; empty otherwise. */
    private static Optional<DateOrder> dateOrder(List<String> cells) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        boolean iso = cells.stream().allMatch(v -> date(v, DateOrder.ISO).isPresent());
        if (iso) {
            return Optional.of(DateOrder.ISO);
        }
        boolean dayFirst = cells.stream().allMatch(v -> date(v, DateOrder.DAY_FIRST).isPresent());
        boolean monthFirst = cells.stream().allMatch(v -> date(v, DateOrder.MONTH_FIRST).isPresent());
        // 03/04/2025 alone could be either: only a column that settles it is read as dates.
        if (dayFirst != monthFirst) {
            return Optional.of(dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST);
        }
        return Optional.empty();
    }

    /** Whether {@code cell} is written as a date in some way a date column is read. */
    static boolean isDateCell(String cell) {
        String v = cell.strip();
        return date(v, DateOrder.ISO).isPresent() || date(v, DateOrder.DAY_FIRST).isPresent()
                || date(v, DateOrder.MONTH_FIRST).isPresent();
    }

    /** The date {@code cell} writes in {@code order}, as yyyy-mm-dd; a date and time keeps its date. */
    static Optional<String> date(String cell, DateOrder order) {
        String v = cell.strip();
        if (order == DateOrder.ISO && isPlainIsoDate(v)) {
            // Most cells of an ISO column: yyyy-mm-dd, settled without the pattern (and written as they are).
            try {
                LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
                return Optional.of(v);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = (order == DateOrder.ISO ? ISO_DATE : SLASH_DATE).matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year;
        int month;
        int day;
        if (order == DateOrder.ISO) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else {
            year = Integer.parseInt(m.group(3));
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            day = order == DateOrder.DAY_FIRST ? first : second;
            month = order == DateOrder.DAY_FIRST ? second : first;
        }
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code v} is exactly four digits, a dash, two digits, a dash and two digits. */
    static boolean isPlainIsoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNoValue(String cell) {
        // Most cells are values: a digit, or more letters than the longest such word, settles it without the key.
        int letters = 0;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (Character.isLetterOrDigit(ch) && (!Character.isLetter(ch) || ++letters > LONGEST_NO_VALUE)) {
                return false;
            }
        }
        return NO_VALUE.contains(Placeholders.key(cell));
    }

    /** A field id from a header: "Contact E-mail" is contact-e-mail; a header of no letters is "field". */
    static String idFor(String header) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < header.length(); i++) {
            char ch = Character.toLowerCase(header.charAt(i));
            boolean ok = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            if (ok) {
                out.append(ch);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.isEmpty() ? "field" : out.toString();
    }

    private static String uniqueId(String id, Set<String> taken) {
        String out = id;
        for (int n = 2; !taken.add(out); n++) {
            out = id + "-" + n;
        }
        return out;
    }

    /** The rows the import reads: not blank, every quote closed. */
    private static List<CsvRow> typedRows(CsvTable table) {
        List<CsvRow> out = new ArrayList<>(table.rows().size());
        for (CsvRow r : table.rows()) {
            if (r.unclosedQuoteColumn() == 0 && !r.isBlank()) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> cells(List<CsvRow> rows, int column) {
        List<String> out = new ArrayList<>(rows.size());
        for (CsvRow r : rows) {
            out.add(cell(r, column));
        }
        return out;
    }

    private static String cell(CsvRow r, int column) {
        return CsvCells.text(r, column);
    }
}
