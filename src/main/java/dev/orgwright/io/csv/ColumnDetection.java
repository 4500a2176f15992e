package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, from what is in them, the columns the header names leave open: HR systems and finance
 * teams name their columns in ways no list foresees ("Ref", "Reports", "Col 4"), and a chart
 * without its reporting lines is useless. A column whose values are all different is an id
 * candidate; a column whose values mostly name another row, by its id, full name or e-mail,
 * is a manager candidate. Candidates are ranked, the best is chosen, and the mapping keeps one
 * sentence per choice saying why. Unnamed junk columns (row numbers left by an earlier
 * conversion, columns with nothing in them) are left out, with a reason too.
 */
public final class ColumnDetection {

    /** An id column may repeat a value now and then (it happens in published files), but rarely. */
    static final double UNIQUE_SHARE = 0.98;
    /** An id column is filled in nearly every row. */
    static final double FILLED_SHARE = 0.9;
    /** A manager column names another row in most of its cells. */
    static final double MANAGER_SHARE = 0.5;
    /** How many id candidates are tried together with the manager candidates. */
    private static final int ID_CANDIDATES = 4;
    /** What a candidate names the rows by; each is also the end of a key {@code io.flat.by.*}. */
    static final String BY_ID = "id";
    static final String BY_NAME = "fullName";
    static final String BY_EMAIL = "email";
    private static final Set<String> ID_WORDS = Set.of("id", "ref", "reference", "key", "code", "number", "no",
            "num", "nr");

    /**
     * A column that might hold the managers.
     *
     * @param column 0-based column
     * @param named  how many of its values name another row
     * @param values how many of its cells hold a value that is not a top-post mark
     * @param by     what most of them name the row by: "id", "fullName" or "email" (the end of the
     *               key of its words in the io bundle, {@code io.flat.by.*})
     */
    public record ManagerCandidate(int column, int named, int values, String by) {

        /** The part of the values that name another row, 0 to 1. */
        public double share() {
            return values == 0 ? 0 : (double) named / values;
        }
    }

    private final List<CsvRow> rows;
    /** Each column's cells as compared ({@link ManagerKeys#key}), worked out once: every candidate pair reads them. */
    private final Map<Integer, String[]> keyed = new HashMap<>();
    private Keys people;

    private ColumnDetection(CsvTable table) {
        this.rows = table.rows().stream().filter(r -> !r.isBlank() && r.unclosedQuoteColumn() == 0).toList();
    }

    /** The keys of a column's cells, one per row. */
    private String[] keysOf(int column) {
        return keyed.computeIfAbsent(column, c -> {
            String[] out = new String[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ManagerKeys.key(cell(rows.get(i), c));
            }
            return out;
        });
    }

    /**
     * {@code mapping} with its open columns completed from the values: junk columns left out,
     * then the id and the manager column found when the names gave none. The columns in
     * {@code fixed} were chosen by the user and keep their roles.
     */
    public static ColumnMapping complete(CsvTable table, ColumnMapping mapping, Set<Integer> fixed) {
        return new ColumnDetection(table).complete(mapping, fixed);
    }

    /**
     * The columns whose values name other rows, best first, the manager column of {@code mapping}
     * left out: what a user should look at when the chart came out flat.
     */
    public static List<ManagerCandidate> managerCandidates(CsvTable table, ColumnMapping mapping) {
        ColumnDetection d = new ColumnDetection(table);
        Keys keys = d.keys(mapping, mapping.column(ColumnRole.ID).orElse(-1));
        int manager = mapping.column(ColumnRole.MANAGER).orElse(-1);
        int id = mapping.column(ColumnRole.ID).orElse(-1);
        List<ManagerCandidate> out = new ArrayList<>();
        for (int c = 0; c < mapping.headers().size(); c++) {
            ColumnRole role = mapping.role(c);
            boolean open = role == ColumnRole.EXTRA_NOTE || role == ColumnRole.IGNORED || role == ColumnRole.CUSTOM_FIELD;
            if (c != manager && c != id && open) {
                ManagerCandidate m = d.score(c, keys);
                if (m.named() > 0) {
                    out.add(m);
                }
            }
        }
        out.sort(RANK);
        return out;
    }

    private static final Comparator<ManagerCandidate> RANK = Comparator
            .comparingDouble(ManagerCandidate::share).reversed()
            .thenComparing(Comparator.comparingInt(ManagerCandidate::named).reversed())
            .thenComparingInt(ManagerCandidate::column);

    private ColumnMapping complete(ColumnMapping mapping, Set<Integer> fixed) {
        Map<Integer, String> reasons = new TreeMap<>();
        ColumnMapping m = new JunkColumns(rows).drop(mapping, fixed, reasons);
        OptionalInt namedId = m.column(ColumnRole.ID);
        OptionalInt namedManager = m.column(ColumnRole.MANAGER);
        List<Integer> ids = namedId.isPresent() ? List.of() : idCandidates(m, fixed);
        // The roles are given once the best pair is known, so that no column tried on the way moves.
        int idFound = -1;
        ManagerCandidate found = null;
        ManagerCandidate nextBest = null;
        if (namedManager.isEmpty()) {
            List<Integer> options = new ArrayList<>(namedId.isPresent() ? List.of(namedId.getAsInt()) : ids);
            if (namedId.isEmpty()) {
                options.add(-1);
            }
            for (int x : options) {
                List<ManagerCandidate> ranked = new ArrayList<>();
                Keys keys = keys(m, x);
                for (int c = 0; c < m.headers().size(); c++) {
                    if (c != x && isOpen(m, c, fixed)) {
                        ManagerCandidate cand = score(c, keys);
                        if (cand.named() > 0) {
                            ranked.add(cand);
                        }
                    }
                }
                ranked.sort(RANK);
                if (!ranked.isEmpty() && ranked.get(0).share() >= MANAGER_SHARE
                        && (found == null || RANK.compare(ranked.get(0), found) < 0)) {
                    found = ranked.get(0);
                    nextBest = ranked.size() > 1 ? ranked.get(1) : null;
                    boolean keepsId = x >= 0 && namedId.isEmpty() && (found.by().equals(BY_ID) || hintsId(m, x));
                    idFound = keepsId ? x : -1;
                }
            }
            if (found != null) {
                m = m.withRole(found.column(), ColumnRole.MANAGER);
            }
        } else if (namedId.isEmpty()) {
            // The manager column is known: the id is the candidate its values name best.
            ManagerCandidate best = null;
            for (int x : ids) {
                ManagerCandidate cand = score(namedManager.getAsInt(), keys(m, x));
                if (cand.by().equals(BY_ID) && cand.share() >= MANAGER_SHARE && (best == null
                        || cand.named() > best.named())) {
                    best = cand;
                    idFound = x;
                }
            }
        }
        if (idFound < 0 && namedId.isEmpty() && !ids.isEmpty() && hintsId(m, ids.get(0))
                && isOpen(m, ids.get(0), fixed)) {
            idFound = ids.get(0);
        }
        boolean idByValues = idFound >= 0;
        if (idByValues) {
            m = m.withRole(idFound, ColumnRole.ID);
        }
        explainId(m, idByValues, fixed, reasons);
        explainManager(m, found, nextBest, fixed, reasons);
        return m.withReasons(reasons);
    }

    private static boolean isOpen(ColumnMapping m, int c, Set<Integer> fixed) {
        ColumnRole role = m.role(c);
        return !fixed.contains(c) && (role == ColumnRole.EXTRA_NOTE || role == ColumnRole.IGNORED
                || role == ColumnRole.CUSTOM_FIELD) && !m.reasons().containsKey(c);
    }

    /** Open columns filled in nearly every row with values that are all (or nearly all) different, best first. */
    private List<Integer> idCandidates(ColumnMapping m, Set<Integer> fixed) {
        List<int[]> scored = new ArrayList<>(); // column, hint, no spaces
        for (int c = 0; c < m.headers().size(); c++) {
            if (!isOpen(m, c, fixed)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            int filled = 0;
            boolean spaces = false;
            for (String v : keysOf(c)) {
                if (!v.isEmpty()) {
                    filled++;
                    seen.add(v);
                    spaces |= v.indexOf(' ') >= 0;
                }
            }
            if (filled >= 2 && filled >= FILLED_SHARE * rows.size() && seen.size() >= UNIQUE_SHARE * filled) {
                scored.add(new int[] {c, hintsId(m, c) ? 1 : 0, spaces ? 0 : 1});
            }
        }
        scored.sort(Comparator.<int[]>comparingInt(s -> -s[1]).thenComparingInt(s -> -s[2])
                .thenComparingInt(s -> s[0]));
        return scored.stream().limit(ID_CANDIDATES).map(s -> s[0]).toList();
    }

    /** Whether the header reads as an id: "Ref", "Staff No", "Code", "PersonId". */
    private static boolean hintsId(ColumnMapping m, int c) {
        String header = m.headers().get(c).toLowerCase(Locale.ROOT);
        for (String word : header.split("[^\\p{L}\\p{N}]+")) {
            if (ID_WORDS.contains(word)) {
                return true;
            }
        }
        return ColumnMapping.normalise(header).endsWith("id");
    }

    /** The keys each row can be named by: its id (from column {@code idColumn}, or none), full name, e-mail. */
    private Keys keys(ColumnMapping m, int idColumn) {
        int n = rows.size();
        if (people == null) {
            // The names and e-mails are the same for every id candidate: worked out once.
            String[] name = new String[n];
            OptionalInt full = m.column(ColumnRole.FULL_NAME);
            OptionalInt first = m.column(ColumnRole.FIRST_NAME);
            OptionalInt last = m.column(ColumnRole.LAST_NAME);
            OptionalInt mail = m.column(ColumnRole.EMAIL);
            for (int i = 0; i < n; i++) {
                CsvRow r = rows.get(i);
                String holder = full.isPresent() ? cell(r, full.getAsInt()) : "";
                if (holder.isEmpty()) {
                    String f = first.isPresent() ? cell(r, first.getAsInt()) : "";
                    String l = last.isPresent() ? cell(r, last.getAsInt()) : "";
                    holder = (f + " " + l).strip();
                }
                name[i] = ManagerKeys.key(holder);
            }
            String[] email = mail.isPresent() ? keysOf(mail.getAsInt()) : new String[n];
            if (mail.isEmpty()) {
                java.util.Arrays.fill(email, "");
            }
            String[] none = new String[n];
            java.util.Arrays.fill(none, "");
            people = new Keys(none, name, email);
        }
        String[] id = idColumn < 0 ? people.id() : keysOf(idColumn);
        return new Keys(id, people.name(), people.email(), Keys.counts(id), people.names(), people.emails());
    }

    /** Counts of each key, to tell a cell that names another row from one that names its own. */
    private record Keys(String[] id, String[] name, String[] email, Map<String, Integer> ids,
                        Map<String, Integer> names, Map<String, Integer> emails) {

        Keys(String[] id, String[] name, String[] email) {
            this(id, name, email, counts(id), counts(name), counts(email));
        }

        static Map<String, Integer> counts(String[] keys) {
            Map<String, Integer> out = new HashMap<>(keys.length * 2);
            for (String k : keys) {
                if (!k.isEmpty()) {
                    out.merge(k, 1, Integer::sum);
                }
            }
            return out;
        }

        /** Whether {@code key}, written in row {@code row}, is the key of some other row. */
        static boolean other(Map<String, Integer> counts, String[] own, int row, String key) {
            Integer n = counts.get(key);
            return n != null && (n > 1 || !own[row].equals(key));
        }
    }

    private ManagerCandidate score(int c, Keys keys) {
        int values = 0;
        int byId = 0;
        int byName = 0;
        int byEmail = 0;
        String[] cells = keysOf(c);
        for (int i = 0; i < cells.length; i++) {
            String k = cells[i];
            if (ManagerKeys.isTopMark(k, keys.ids()::containsKey)) {
                continue;
            }
            values++;
            if (Keys.other(keys.ids(), keys.id(), i, k)) {
                byId++;
            } else if (Keys.other(keys.names(), keys.name(), i, k)) {
                byName++;
            } else if (Keys.other(keys.emails(), keys.email(), i, k)) {
                byEmail++;
            }
        }
        String by = byId >= byName && byId >= byEmail ? BY_ID : byName >= byEmail ? BY_NAME : BY_EMAIL;
        return new ManagerCandidate(c, byId + byName + byEmail, values, by);
    }

    private void explainId(ColumnMapping m, boolean byValues, Set<Integer> fixed, Map<Integer, String> reasons) {
        OptionalInt id = m.column(ColumnRole.ID);
        if (id.isEmpty() || fixed.contains(id.getAsInt())) {
            return;
        }
        int c = id.getAsInt();
        Set<String> seen = new HashSet<>();
        int filled = 0;
        for (CsvRow r : rows) {
            String v = cell(r, c);
            if (!v.isEmpty()) {
                filled++;
                seen.add(v);
            }
        }
        String values = seen.size() == filled ? IoTexts.t("io.detect.id.allDifferent", filled)
                : IoTexts.t("io.detect.id.someDifferent", seen.size(), filled);
        String how;
        if (!byValues && ColumnMapping.knownName(m.headers().get(c), ColumnRole.ID)) {
            how = IoTexts.t("io.detect.named", values);
        } else {
            boolean managersNameThem = m.column(ColumnRole.MANAGER).isPresent()
                    && score(m.column(ColumnRole.MANAGER).getAsInt(), keys(m, c)).by().equals(BY_ID);
            how = IoTexts.t("io.detect.unnamed", IoTexts.t(managersNameThem ? "io.detect.id.managersNameThem"
                    : "io.detect.id.nameReadsAsId", values));
        }
        reasons.put(c, IoTexts.t("io.detect.id", m.headerName(c), how));
    }

    private void explainManager(ColumnMapping m, ManagerCandidate found, ManagerCandidate nextBest,
                                Set<Integer> fixed, Map<Integer, String> reasons) {
        OptionalInt manager = m.column(ColumnRole.MANAGER);
        if (manager.isEmpty() || fixed.contains(manager.getAsInt())) {
            return;
        }
        int c = manager.getAsInt();
        ManagerCandidate s = found != null ? found : score(c, keys(m, m.column(ColumnRole.ID).orElse(-1)));
        String named = s.values() == 0 ? IoTexts.t("io.detect.manager.empty")
                : IoTexts.t("io.detect.manager.named", s.named(), s.values(), IoTexts.t("io.flat.by." + s.by()));
        String how = found == null ? IoTexts.t("io.detect.named", named)
                : IoTexts.t("io.detect.unnamed", nextBest == null ? named : IoTexts.t("io.detect.manager.nextBest",
                named, m.headerName(nextBest.column()), nextBest.named(), nextBest.values()));
        reasons.put(c, IoTexts.t("io.detect.manager", m.headerName(c), how));
    }

    private static String cell(CsvRow r, int column) {
        return CsvCells.text(r, column);
    }
}
