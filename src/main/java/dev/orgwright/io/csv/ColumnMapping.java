package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which column of a file means what: one {@link ColumnRole} per header. Detected from the header
 * names, whatever their case, spaces and punctuation ("Employee ID", "parentId", "Reports to",
 * "department_name"), then by their values where the names do not settle it
 * ({@link #detect(CsvTable, Extras)}), and changed by the user one column at a time. A value:
 * every change returns a new mapping.
 *
 * @param headers the header names, as in the file
 * @param roles   the role of each column, in the same order
 * @param reasons why a column got its role, for the columns the import chose on its own (the id,
 *                the manager, a junk column left out): one sentence per 0-based column
 */
public record ColumnMapping(List<String> headers, List<ColumnRole> roles, Map<Integer, String> reasons) {

    /** What becomes of the columns no role was found for. */
    public enum Extras {
        /** Kept as the chart's own fields, their types inferred, personal ones private. */
        FIELDS,
        /** Kept in each position's notes as "Header: value". */
        NOTES,
        /** Not imported. */
        IGNORE
    }

    /** Header names per role, normalised (lower case, letters and digits only), best first. */
    private static final Map<ColumnRole, List<String>> NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(ColumnRole.ID, List.of("id", "employeeid", "empid", "key", "employeenumber", "employeeno", "empno",
                    "staffid", "positionid", "personid", "personnelnumber", "postuniquereference", "workerid",
                    "personnumber")),
            Map.entry(ColumnRole.MANAGER, List.of("managerid", "parentid", "reportstoid", "bossid", "supervisorid",
                    "managerkey", "parentkey", "parent", "reportstoseniorpost", "reportingseniorpost",
                    "parentposition", "reportsto", "reportingto", "boss", "manager", "supervisor", "linemanager",
                    "managername", "directmanager", "manageremail", "reportstoemail")),
            Map.entry(ColumnRole.FULL_NAME, List.of("fullname", "name", "holder", "employeename", "displayname",
                    "employee", "person", "personname")),
            Map.entry(ColumnRole.FIRST_NAME, List.of("firstname", "givenname", "forename")),
            Map.entry(ColumnRole.LAST_NAME, List.of("lastname", "surname", "familyname")),
            Map.entry(ColumnRole.TITLE, List.of("title", "jobtitle", "position", "positiontitle", "role", "job",
                    "designation", "positionname", "genericjobtitle")),
            Map.entry(ColumnRole.DEPARTMENT, List.of("department", "departmentname", "dept", "deptname", "division",
                    "unit")),
            Map.entry(ColumnRole.TIER, List.of("tier", "tiername", "tierid", "managementtier")),
            Map.entry(ColumnRole.DUTIES, List.of("duties", "duty", "responsibilities", "jobteamfunction",
                    "jobdescription", "purpose")),
            Map.entry(ColumnRole.NOTES, List.of("notes", "note", "comments", "comment", "remarks")),
            Map.entry(ColumnRole.FTE, List.of("fte", "numberofpostsinfte", "headcount", "fulltimeequivalent")),
            Map.entry(ColumnRole.GRADE, List.of("grade", "band", "level", "paygrade", "payband")),
            Map.entry(ColumnRole.COST, List.of("cost", "salary", "annualsalary", "basesalary", "pay", "annualpay",
                    "compensation")),
            Map.entry(ColumnRole.PAY_FLOOR, List.of("actualpayfloor", "payfloor", "payscaleminimum", "minsalary",
                    "salaryminimum", "payminimum")),
            Map.entry(ColumnRole.PAY_CEILING, List.of("actualpayceiling", "payceiling", "payscalemaximum",
                    "maxsalary", "salarymaximum", "paymaximum")),
            Map.entry(ColumnRole.EMAIL, List.of("email", "emailaddress", "workemail", "mail", "contactemail")),
            Map.entry(ColumnRole.STATUS, List.of("status", "positionstatus")),
            Map.entry(ColumnRole.PHOTO, List.of("photo", "image", "picture", "avatar", "photourl", "imageurl"))));

    /** A mapping with no reasons: every role as the user or the caller gave it. */
    public ColumnMapping(List<String> headers, List<ColumnRole> roles) {
        this(headers, roles, Map.of());
    }

    /** Copies the lists and checks that each unique role has at most one column. */
    public ColumnMapping {
        headers = List.copyOf(headers);
        roles = List.copyOf(roles);
        reasons = Collections.unmodifiableMap(new TreeMap<>(reasons));
        if (headers.size() != roles.size()) {
            throw new IllegalArgumentException("A mapping needs one role per column: " + headers.size()
                    + " columns, " + roles.size() + " roles.");
        }
        EnumMap<ColumnRole, Integer> seen = new EnumMap<>(ColumnRole.class);
        for (int c = 0; c < roles.size(); c++) {
            ColumnRole role = roles.get(c);
            Integer earlier = role.isUnique() ? seen.put(role, c) : null;
            if (earlier != null) {
                throw new IllegalArgumentException(IoTexts.t("io.mapping.twice", earlier + 1, c + 1, role.label()));
            }
        }
    }

    /** The mapping the header names suggest; columns that mean nothing known become {@code extras}. */
    public static ColumnMapping detect(List<String> headers, Extras extras) {
        List<String> normal = headers.stream().map(ColumnMapping::normalise).toList();
        ColumnRole other = extraRole(extras);
        List<ColumnRole> roles = new ArrayList<>(headers.stream().map(h -> other).toList());
        for (Map.Entry<ColumnRole, List<String>> entry : new EnumMap<>(NAMES).entrySet()) {
            find:
            for (String name : entry.getValue()) {
                for (int c = 0; c < normal.size(); c++) {
                    if (normal.get(c).equals(name) && roles.get(c) == other) {
                        roles.set(c, entry.getKey());
                        break find;
                    }
                }
            }
        }
        // "name" beside "lastName" (d3-org-chart, many HR exports) is the first name.
        int full = roles.indexOf(ColumnRole.FULL_NAME);
        if (full >= 0 && normal.get(full).equals("name") && roles.contains(ColumnRole.LAST_NAME)
                && !roles.contains(ColumnRole.FIRST_NAME)) {
            roles.set(full, ColumnRole.FIRST_NAME);
        }
        return new ColumnMapping(headers, roles);
    }

    /**
     * The mapping the header names suggest, completed from the values where the names leave the
     * id or the manager column open, with unnamed junk columns (row numbers, nothing in them)
     * left out. Each choice made from the values carries its reason ({@link #reasons()}).
     */
    public static ColumnMapping detect(CsvTable table, Extras extras) {
        return ColumnDetection.complete(table, detect(table.header(), extras), Set.of());
    }

    /** The known header names of {@code role}, normalised, best first (the documentation lists them). */
    static List<String> knownNames(ColumnRole role) {
        return NAMES.getOrDefault(role, List.of());
    }

    /** Whether {@code header} is one of the known names of {@code role}. */
    static boolean knownName(String header, ColumnRole role) {
        return NAMES.getOrDefault(role, List.of()).contains(normalise(header));
    }

    /** The role of a column no role was found for. */
    private static ColumnRole extraRole(Extras extras) {
        return switch (extras) {
            case FIELDS -> ColumnRole.CUSTOM_FIELD;
            case NOTES -> ColumnRole.EXTRA_NOTE;
            case IGNORE -> ColumnRole.IGNORED;
        };
    }

    /** Lower case, letters and digits only: "Employee ID", "employee_id" and "EmployeeId" are one name. */
    static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                out.append(Character.toLowerCase(ch));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The role of a 0-based column. */
    public ColumnRole role(int column) {
        return roles.get(column);
    }

    /** The 0-based column with {@code role}, when one has it (for a unique role). */
    public OptionalInt column(ColumnRole role) {
        int c = roles.indexOf(role);
        return c < 0 ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** The 0-based column whose header is {@code name}, exactly or normalised; -1 when none is. */
    public int columnNamed(String name) {
        int exact = headers.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String wanted = normalise(name);
        for (int c = 0; c < headers.size(); c++) {
            if (normalise(headers.get(c)).equals(wanted)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * This mapping with {@code column} given {@code role}. A unique role moves: the column that had
     * it is kept in the notes instead, so that changing the mapping never silently drops data.
     */
    public ColumnMapping withRole(int column, ColumnRole role) {
        List<ColumnRole> changed = new ArrayList<>(roles);
        if (role.isUnique()) {
            int previous = changed.indexOf(role);
            if (previous >= 0 && previous != column) {
                changed.set(previous, ColumnRole.EXTRA_NOTE);
            }
        }
        changed.set(column, role);
        // A reason said why the import chose; after the user's choice only the junk columns' still hold.
        Map<Integer, String> kept = new TreeMap<>();
        reasons.forEach((c, why) -> {
            if (c != column && changed.get(c) == ColumnRole.IGNORED && roles.get(c) == ColumnRole.IGNORED) {
                kept.put(c, why);
            }
        });
        return new ColumnMapping(headers, changed, kept);
    }

    /** This mapping with reasons for some columns, which replace any reasons those columns had. */
    public ColumnMapping withReasons(Map<Integer, String> more) {
        Map<Integer, String> all = new TreeMap<>(reasons);
        all.putAll(more);
        return new ColumnMapping(headers, roles, all);
    }

    /**
     * This mapping with every extra column kept as a field, kept in the notes, or ignored. A junk
     * column the import left out (with a reason) stays out.
     */
    public ColumnMapping withExtras(Extras extras) {
        ColumnRole to = extraRole(extras);
        List<ColumnRole> changed = new ArrayList<>(roles.size());
        for (int c = 0; c < roles.size(); c++) {
            ColumnRole r = roles.get(c);
            boolean junk = r == ColumnRole.IGNORED && reasons.containsKey(c);
            boolean extra = r == ColumnRole.EXTRA_NOTE || r == ColumnRole.IGNORED || r == ColumnRole.CUSTOM_FIELD;
            changed.add(extra && !junk ? to : r);
        }
        return new ColumnMapping(headers, changed, reasons);
    }

    /** The reasons, in column order: why the import chose the id, the manager and the columns it left out. */
    public List<String> explanations() {
        return List.copyOf(reasons.values());
    }

    /** The header of a 0-based column as shown in messages: its name, or "column N" when it has none. */
    public String headerName(int column) {
        String h = column < headers.size() ? headers.get(column).strip() : "";
        return h.isEmpty() ? "column " + (column + 1) : h;
    }

    /** One line, for the command line: "id (id), parentId (manager), ...; 3 more kept in notes, 1 ignored." */
    public String describe() {
        StringBuilder out = new StringBuilder();
        int notes = 0;
        int ignored = 0;
        int fields = 0;
        for (int c = 0; c < headers.size(); c++) {
            ColumnRole r = roles.get(c);
            if (r == ColumnRole.CUSTOM_FIELD) {
                fields++;
            } else if (r == ColumnRole.EXTRA_NOTE) {
                notes++;
            } else if (r == ColumnRole.IGNORED) {
                ignored++;
            } else {
                out.append(out.isEmpty() ? "" : ", ").append(headerName(c)).append(" (").append(r.label()).append(')');
            }
        }
        if (out.isEmpty()) {
            out.append(IoTexts.t("io.mapping.nothingKnown"));
        }
        if (fields > 0) {
            out.append("; ").append(IoTexts.t(fields == 1 ? "io.mapping.fields.one" : "io.mapping.fields.many", fields));
        }
        if (notes > 0) {
            out.append(fields > 0 ? ", " : "; ")
                    .append(IoTexts.t(notes == 1 ? "io.mapping.notes.one" : "io.mapping.notes.many", notes));
        }
        if (ignored > 0) {
            out.append(notes > 0 || fields > 0 ? ", " : "; ")
                    .append(IoTexts.t(ignored == 1 ? "io.mapping.ignored.one" : "io.mapping.ignored.many", ignored));
        }
        return out.append('.').toString();
    }
}
