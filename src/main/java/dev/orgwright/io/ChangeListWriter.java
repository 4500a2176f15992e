package dev.orgwright.io;

import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.Change;
import dev.orgwright.model.diff.ChangeKind;
import dev.orgwright.model.diff.ChartDiff;
import dev.orgwright.model.diff.SuggestedMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the changes of a {@link ChartDiff} as a list a consultant can hand over: CSV (one row
 * per change, for a spreadsheet) or Markdown (a summary and a table). Rows keep the order in
 * which the changes apply.
 *
 * <p>The Markdown document is read by people, so its headings, summary and kinds of change are
 * in the user's language. The CSV list is data for spreadsheets and scripts: its column names and
 * the kind of each change stay English whatever the language, so a script reads every list alike.
 */
public final class ChangeListWriter {

    /** The CSV header, in column order: names for programs, the same in every language. */
    public static final List<String> CSV_COLUMNS = List.of("kind", "position", "title", "before", "after", "related",
            "description");

    private ChangeListWriter() {
    }

    /**
     * CSV as RFC 4180 has it (comma, double quotes, CRLF), after a byte order mark. A cell that a spreadsheet would run as a
     * formula (starting with =, +, - or @) gets a leading apostrophe, so opening the list is safe.
     */
    public static void writeCsv(ChartDiff diff, Writer out) throws IOException {
        // The byte order mark tells spreadsheets (Excel on Windows) that the file is UTF-8, as
        // every CSV Orgwright writes does; without it "Zoë" opens as "ZoÃ«".
        out.write('\uFEFF');
        out.write(String.join(",", CSV_COLUMNS));
        out.write("\r\n");
        for (Change c : diff.changes()) {
            List<String> cells = List.of(c.kind().label(), id(c.position().orElse(null)), c.title(), c.before(),
                    c.after(), id(c.related().orElse(null)), c.description());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(csvCell(cells.get(i)));
            }
            out.write("\r\n");
        }
    }

    /** A Markdown section: a heading, a one-line summary and a table of the changes. */
    public static void writeMarkdown(ChartDiff diff, String heading, Writer out) throws IOException {
        out.write("## " + markdownText(heading) + "\n\n");
        if (diff.isEmpty()) {
            out.write(IoTexts.t("io.changes.same") + "\n");
            return;
        }
        out.write(summary(diff) + ".\n\n");
        out.write("| # | " + markdownText(IoTexts.t("io.changes.column.change")) + " | "
                + markdownText(IoTexts.t("io.changes.column.position")) + " | "
                + markdownText(IoTexts.t("io.changes.column.description")) + " |\n|---|---|---|---|\n");
        int n = 1;
        for (Change c : diff.changes()) {
            out.write("| " + n++ + " | " + markdownText(c.kind().text()) + " | " + markdownText(id(c.position().orElse(null)))
                    + " | " + markdownText(c.description()) + " |\n");
        }
    }

    /**
     * A finding as a change list shows it: plain text, so that this package needs no rules.
     * {@code severity} is the severity's id ("error", "warning", "info"), written in the user's
     * language; the rule's id stays as it is, as the rules' settings name it.
     */
    public record FindingLine(String severity, String ruleId, String message) {
    }

    /**
     * The whole Markdown change list a consultant hands over: a title, where the two versions
     * came from ({@code sources}, Markdown, may be empty), the table of changes, the positions
     * that may be the same under different ids, and the findings the proposal fixes and
     * introduces. The command line and the compare window write the same document.
     */
    public static void writeMarkdownDocument(ChartDiff diff, String sources, List<FindingLine> fixed,
                                             List<FindingLine> introduced, Writer out) throws IOException {
        out.write("# " + markdownText(IoTexts.t("io.changes.title", diff.newChart().title())) + "\n\n");
        if (!sources.isEmpty()) {
            out.write(sources + "\n\n");
        }
        writeMarkdown(diff, IoTexts.t("io.changes.heading"), out);
        if (!diff.suggestedMatches().isEmpty()) {
            out.write("\n## " + IoTexts.t("io.changes.sameHeading") + "\n\n");
            for (SuggestedMatch m : diff.suggestedMatches()) {
                out.write("- " + IoTexts.t("io.changes.samePair", "`" + m.oldId() + "`", "`" + m.newId() + "`",
                        markdownText(m.title().strip())) + "\n");
            }
        }
        out.write("\n## " + IoTexts.t("io.changes.findings") + "\n\n");
        if (fixed.isEmpty() && introduced.isEmpty()) {
            out.write(IoTexts.t("io.changes.noFindings") + "\n");
        }
        writeFindings("io.changes.fixed", fixed, out);
        writeFindings("io.changes.introduced", introduced, out);
    }

    /** The findings under a heading whose text is {@code key}, with their number. */
    private static void writeFindings(String key, List<FindingLine> findings, Writer out) throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        out.write("### " + IoTexts.t(key, findings.size()) + "\n\n");
        for (FindingLine f : findings) {
            out.write("- **" + IoTexts.t("io.changes.severity." + f.severity()) + "** `" + f.ruleId() + "`: " + markdownText(f.message()) + "\n");
        }
        out.write("\n");
    }

    /** "12 changes: 2 added, 1 removed, 3 moved", in the user's language. */
    public static String summary(ChartDiff diff) {
        Map<ChangeKind, Integer> counts = diff.counts();
        int total = diff.changes().size();
        String changes = IoTexts.t(total == 1 ? "io.changes.count.one" : "io.changes.count.many", total);
        if (counts.isEmpty()) {
            return changes;
        }
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<ChangeKind, Integer> e : counts.entrySet()) {
            kinds.append(kinds.isEmpty() ? "" : ", ").append(IoTexts.t("io.changes.kindCount", e.getValue(),
                    e.getKey().text()));
        }
        return IoTexts.t("io.changes.summary", changes, kinds);
    }

    private static String id(PositionId id) {
        return id == null ? "" : id.value();
    }

    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(value)) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** Text safe inside a Markdown table cell: pipes escaped, line breaks as spaces. */
    public static String markdownText(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
