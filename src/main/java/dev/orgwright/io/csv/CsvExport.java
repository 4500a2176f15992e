package dev.orgwright.io.csv;

import dev.orgwright.io.IoTexts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.Position;
import dev.orgwright.model.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chart as a CSV file that Excel, Numbers and LibreOffice open as they are and that
 * {@link CsvImport} reads back to the same chart: UTF-8 with a byte order mark (without it
 * Excel reads UTF-8 as the local code page), commas, CRLF line ends, RFC 4180 quoting, and
 * cells a spreadsheet would run as formulas protected with a leading apostrophe.
 *
 * <p>Columns: id, manager id, holder, title, department, tier, duties (joined with "; "),
 * notes, fte, status, photo, then the chart's own fields by name; with private values asked
 * for, also the cost and the private fields. Positions come in tree order, so that managers come
 * before their reports and siblings keep their order. A holder who is not disclosed is written
 * {@value Placeholders#NOT_DISCLOSED}, which the import reads back as such. A CSV file cannot hold
 * dotted lines, assistants, links from duties to the catalog, or the tiers' catalog;
 * {@link #whatIsLost(Chart)} says which of these a chart has.
 */
public final class CsvExport {

    /**
     * The header row, in the names the importer understands. They stay English in every language:
     * the file is data meant to be imported again, and the importer recognises columns by English
     * names only ({@link ColumnMapping}), so a header in the user's language would not read back.
     */
    public static final List<String> HEADER = List.of("id", "manager id", "holder", "title", "department", "tier",
            "duties", "notes", "fte", "status", "photo");
    /** The column of the cost, written only when private values are asked for. */
    public static final String COST = "cost";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char DELIMITER = ',';
    private static final String DUTY_SEPARATOR = "; ";

    private CsvExport() {
    }

    /** The chart as the bytes of a CSV file, without private values. */
    public static byte[] toBytes(Chart chart) {
        return toBytes(chart, false);
    }

    /** The chart as the bytes of a CSV file; with {@code includePrivate}, the cost and private fields too. */
    public static byte[] toBytes(Chart chart, boolean includePrivate) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 + chart.size() * 96);
        try {
            write(chart, out, includePrivate);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** Writes the chart to {@code out} as a CSV file without private values; does not close the stream. */
    public static void write(Chart chart, OutputStream out) throws IOException {
        write(chart, out, false);
    }

    /** The header the chart is written with: {@link #HEADER}, the cost if asked for, and the fields written. */
    public static List<String> header(Chart chart, boolean includePrivate) {
        List<String> header = new ArrayList<>(HEADER);
        if (includePrivate) {
            header.add(COST);
        }
        for (FieldDefinition f : written(chart, includePrivate)) {
            header.add(f.name());
        }
        return header;
    }

    private static List<FieldDefinition> written(Chart chart, boolean includePrivate) {
        return chart.fields().stream().filter(f -> includePrivate || !f.isPrivate()).toList();
    }

    /**
     * Writes the chart to {@code out} as a CSV file; does not close the stream. Private values
     * (the cost, private fields) only with {@code includePrivate}.
     */
    public static void write(Chart chart, OutputStream out, boolean includePrivate) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder(256);
        List<String> header = header(chart, includePrivate);
        List<FieldDefinition> fields = written(chart, includePrivate);
        appendRow(line, header);
        writer.write(line.toString());
        List<String> cells = new ArrayList<>(header.size());
        Map<String, String> tierCells = new HashMap<>();
        for (Tier t : chart.tiers()) {
            tierCells.put(t.id(), tierCell(chart, t.id()));
        }
        for (Position p : chart.inTreeOrder()) {
            cells.clear();
            cells.add(p.id().value());
            cells.add(p.reportsTo() == null ? "" : p.reportsTo().value());
            cells.add(p.isHolderUndisclosed() ? Placeholders.NOT_DISCLOSED : p.holder());
            cells.add(p.title());
            cells.add(p.department());
            cells.add(p.tierId() == null ? "" : tierCells.getOrDefault(p.tierId(), p.tierId()));
            cells.add(duties(p.duties()));
            cells.add(p.notes());
            cells.add(p.fte().toPlainString());
            cells.add(p.status() == null ? "" : p.status().key());
            cells.add(p.photo());
            if (includePrivate) {
                cells.add(p.hasCost() ? p.cost().toPlainString() : "");
            }
            for (FieldDefinition f : fields) {
                Object value = p.fieldValues().get(f.id()).orElse(null);
                cells.add(value instanceof BigDecimal n ? n.toPlainString() : value == null ? "" : (String) value);
            }
            line.setLength(0);
            appendRow(line, cells);
            writer.write(line.toString());
        }
        writer.flush();
    }

    /** Sentences naming what of this chart a CSV file cannot hold; empty when nothing is lost. */
    public static List<String> whatIsLost(Chart chart) {
        return whatIsLost(chart, false);
    }

    /** As {@link #whatIsLost(Chart)}, for a file written with or without private values. */
    public static List<String> whatIsLost(Chart chart, boolean includePrivate) {
        int dotted = 0;
        int assistants = 0;
        int linked = 0;
        int split = 0;
        int costs = 0;
        int privateValues = 0;
        java.util.Set<String> privateFields = new HashSet<>();
        for (FieldDefinition f : chart.fields()) {
            if (f.isPrivate()) {
                privateFields.add(f.id());
            }
        }
        for (Position p : chart.inTreeOrder()) {
            costs += p.hasCost() ? 1 : 0;
            for (String id : p.fieldValues().asMap().keySet()) {
                privateValues += privateFields.contains(id) ? 1 : 0;
            }
            dotted += p.dottedLines().size();
            assistants += p.assistant() ? 1 : 0;
            for (Duty d : p.duties()) {
                linked += d.responsibility().isPresent() ? 1 : 0;
                split += d.text().indexOf(';') >= 0 || d.text().indexOf('|') >= 0 ? 1 : 0;
            }
        }
        List<String> lost = new ArrayList<>();
        if (dotted > 0) {
            lost.add(count(dotted, "io.export.lost.dotted"));
        }
        if (assistants > 0) {
            lost.add(count(assistants, "io.export.lost.assistants"));
        }
        if (linked > 0) {
            lost.add(count(linked, "io.export.lost.linked"));
        }
        if (!includePrivate && costs + privateValues > 0) {
            lost.add(IoTexts.t("io.export.lost.private", count(costs, "io.export.costs"),
                    count(privateValues, "io.export.values")));
        }
        if (split > 0) {
            lost.add(count(split, "io.export.lost.split"));
        }
        return lost;
    }

    /**
     * The tier's name when it reads back as this tier (no other tier has that name or id, whatever
     * the case), otherwise its id, which always does.
     */
    private static String tierCell(Chart chart, String tierId) {
        if (tierId == null) {
            return "";
        }
        Tier tier = chart.tier(tierId).orElse(null);
        if (tier == null) {
            return tierId;
        }
        String name = tier.name().strip().toLowerCase(Locale.ROOT);
        Set<String> others = new HashSet<>();
        for (Tier t : chart.tiers()) {
            if (t != tier) {
                others.add(t.name().strip().toLowerCase(Locale.ROOT));
                others.add(t.id().toLowerCase(Locale.ROOT));
            }
        }
        boolean nameIsAnId = !tier.name().equals(tier.id()) && chart.tiers().stream().anyMatch(t -> t.id().equals(tier.name()));
        return name.isEmpty() || !tier.name().equals(tier.name().strip()) || others.contains(name) || nameIsAnId
                ? tier.id() : tier.name();
    }

    private static String duties(List<Duty> duties) {
        StringBuilder out = new StringBuilder();
        for (Duty d : duties) {
            out.append(out.isEmpty() ? "" : DUTY_SEPARATOR).append(d.text());
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder line, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(DELIMITER);
            }
            CsvCells.appendField(line, CsvCells.protect(cells.get(i)), DELIMITER);
        }
        line.append("\r\n");
    }

    /** The text of {@code key}, its {@code .one} or {@code .many} form, with {@code n} in it. */
    private static String count(int n, String key) {
        return IoTexts.t(key + (n == 1 ? ".one" : ".many"), n);
    }
}
