package dev.orgwright.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which columns of an imported file hold pay or personal data, so that they become private
 * fields: never drawn on a card, exported, printed or presented unless the user asks. Judged
 * by the column's name (salary, pay, compensation, commission, e-mail, phone, mobile, address,
 * birth date, national id or NI number, contact) and by its values (e-mail addresses, phone
 * numbers). It errs on the side of privacy: a column wrongly kept private is one click to
 * show, a salary wrongly published cannot be taken back.
 */
public final class PersonalData {

    /** Words of a column name that make it private on their own. */
    private static final Set<String> WORDS = Set.of("salary", "salaries", "pay", "wage", "wages", "compensation",
            "commission", "bonus", "remuneration", "earnings", "email", "mail", "phone", "telephone", "tel",
            "mobile", "cell", "fax", "address", "street", "postcode", "zip", "birth", "birthday", "born", "age", "dob",
            "nino", "ssn", "contact", "passport", "nationality", "ethnicity", "gender", "religion", "disability",
            "iban", "sortcode", "postal", "home");
    /** Names whose words only together make them private. */
    private static final List<List<String>> PHRASES = List.of(List.of("national", "id"),
            List.of("national", "insurance"), List.of("ni", "number"), List.of("social", "security"),
            List.of("tax", "id"), List.of("bank", "account"), List.of("date", "of", "birth"));
    /** Headers that are a pay column's other name but whose words are innocent on their own. */
    private static final Set<String> NAMES = Set.of("ninumber", "dateofbirth", "ctc");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{7,24}");

    private PersonalData() {
    }

    /**
     * Whether the import keeps column {@code column} of {@code table} private unless the user
     * says otherwise: the cost and pay band always, the e-mail always, the grade never, an own
     * field when its name or values look personal, and no other column (it is not a field).
     */
    public static boolean suggestsPrivate(CsvTable table, ColumnMapping mapping, int column) {
        ColumnRole role = mapping.role(column);
        if (role != ColumnRole.CUSTOM_FIELD) {
            return FieldColumns.suggestsPrivate(role, mapping.headerName(column), List.of());
        }
        List<String> cells = new ArrayList<>(table.rows().size());
        for (CsvRow r : table.rows()) {
            cells.add(r.field(column));
        }
        return FieldColumns.suggestsPrivate(role, mapping.headerName(column), cells);
    }

    /** Whether the user can choose if column {@code column} is private: it becomes an own field or the e-mail. */
    public static boolean privacyIsAChoice(ColumnMapping mapping, int column) {
        ColumnRole role = mapping.role(column);
        return role == ColumnRole.CUSTOM_FIELD || role == ColumnRole.EMAIL || role == ColumnRole.GRADE
                || role == ColumnRole.PHOTO || role == ColumnRole.PAY_FLOOR || role == ColumnRole.PAY_CEILING;
    }

    /** Whether a column called {@code header} holds pay or personal data, by its name alone. */
    public static boolean byName(String header) {
        List<String> words = words(header);
        for (String w : words) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        for (List<String> phrase : PHRASES) {
            if (containsRun(words, phrase)) {
                return true;
            }
        }
        return NAMES.contains(String.join("", words));
    }

    /** How many non-empty cells of a column are looked at: enough to judge, quick for 100,000 rows. */
    static final int SAMPLE = 2_000;

    /**
     * Whether the values of a column are mostly e-mail addresses or phone numbers: at least
     * half of its non-empty cells (of the first {@value #SAMPLE}).
     */
    public static boolean byValues(Iterable<String> cells) {
        int filled = 0;
        int personal = 0;
        for (String cell : cells) {
            if (filled >= SAMPLE) {
                break;
            }
            String v = cell.strip();
            if (v.isEmpty()) {
                continue;
            }
            filled++;
            personal += isEmail(v) || isPhone(v) ? 1 : 0;
        }
        return filled > 0 && personal * 2 >= filled;
    }

    /** Whether {@code value} is written as an e-mail address. */
    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /**
     * Whether {@code value} is written as a phone number: 7 to 15 digits with a leading '+',
     * spaces, brackets or dashes between them, or dots between three groups ("515.123.4567");
     * not a date, not a plain number.
     */
    static boolean isPhone(String value) {
        if (!PHONE.matcher(value).matches() || FieldColumns.isDateCell(value)) {
            return false;
        }
        int digits = 0;
        int dots = 0;
        boolean separated = value.startsWith("+");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            digits += ch >= '0' && ch <= '9' ? 1 : 0;
            dots += ch == '.' ? 1 : 0;
            separated |= ch == ' ' || ch == '(' || ch == '-';
        }
        return digits >= 7 && digits <= 15 && (separated || dots >= 2);
    }

    /** The words of a header in lower case: "Contact E-mail" is contact, e, mail; "phoneNumber" is phone, number. */
    static List<String> words(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            boolean letter = Character.isLetterOrDigit(ch);
            boolean camel = letter && Character.isUpperCase(ch) && i > 0 && Character.isLowerCase(header.charAt(i - 1));
            if ((!letter || camel) && !word.isEmpty()) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (letter) {
                word.append(ch);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean containsRun(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
