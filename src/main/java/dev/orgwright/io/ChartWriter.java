package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.model.Views;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Photos;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a chart in the canonical form of the document format (see {@code docs/format.md}):
 * pretty-printed UTF-8, keys in a fixed order, positions in tree order, empty values left out,
 * unknown fields after the known ones, a trailing newline. The same chart always gives the same
 * bytes, so a chart kept in git shows only real changes.
 */
public final class ChartWriter {

    private ChartWriter() {
    }

    /** The chart as the bytes of its document. */
    public static byte[] toBytes(Chart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(chart.size() * 256 + 4096);
        try {
            write(chart, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the chart's document to {@code out}; does not close it. */
    public static void write(Chart chart, OutputStream out) throws IOException {
        try (JsonGenerator g = ChartJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(ChartJson.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", ChartJson.FORMAT);
            g.writeNumberField("version", ChartJson.VERSION);
            g.writeStringField("title", chart.title());
            g.writeArrayFieldStart("tiers");
            for (Tier t : chart.tiers()) {
                writeTier(g, t);
            }
            g.writeEndArray();
            if (!chart.fields().isEmpty()) {
                g.writeArrayFieldStart("fields");
                for (FieldDefinition f : chart.fields()) {
                    writeFieldDefinition(g, f);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("positions");
            for (Position p : chart.inTreeOrder()) {
                writePosition(g, p, chart.fields());
            }
            g.writeEndArray();
            if (!chart.scenarios().isEmpty()) {
                writeScenarios(g, chart);
            }
            Settings settings = chart.settings().without(ThemeSettings.KEY).without(Views.CURRENT).without(Views.KEY)
                    .without(CardTemplate.KEY).without(Photos.KEY);
            if (!settings.isEmpty()) {
                g.writeFieldName("settings");
                ChartJson.mapper().writeValue(g, settings.asMap());
            }
            if (ThemeSettings.present(chart.settings())) {
                g.writeFieldName(ThemeSettings.KEY);
                ChartJson.mapper().writeValue(g, chart.settings().asMap().get(ThemeSettings.KEY));
            }
            // The view shown, then the named views (decision 0025), the card template and the photos:
            // each only when the chart has it.
            for (String key : List.of(Views.CURRENT, Views.KEY, CardTemplate.KEY, Photos.KEY)) {
                if (chart.settings().asMap().containsKey(key)) {
                    g.writeFieldName(key);
                    ChartJson.mapper().writeValue(g, chart.settings().asMap().get(key));
                }
            }
            writeUnknown(g, chart.unknownFields());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Each scenario as what differs from its base (decision 0014), in the chart's order of scenarios. */
    private static void writeScenarios(JsonGenerator g, Chart chart) throws IOException {
        g.writeArrayFieldStart("scenarios");
        for (Scenario s : chart.scenarios()) {
            Chart base = s.basedOn() == null ? chart : Scenarios.find(chart, s.basedOn()).orElseThrow().chart();
            ScenarioDelta delta = ScenarioDelta.between(base, s.chart());
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("name", s.name());
            writeIfNotEmpty(g, "description", s.description());
            if (s.basedOn() != null) {
                g.writeStringField("basedOn", s.basedOn());
            }
            g.writeArrayFieldStart("positions");
            for (Position p : delta.positions()) {
                writePosition(g, p, chart.fields());
            }
            g.writeEndArray();
            if (!delta.removed().isEmpty()) {
                g.writeArrayFieldStart("removed");
                for (PositionId id : delta.removed()) {
                    g.writeString(id.value());
                }
                g.writeEndArray();
            }
            if (!delta.order().isEmpty()) {
                g.writeArrayFieldStart("order");
                for (Map.Entry<PositionId, List<PositionId>> e : delta.order().entrySet()) {
                    g.writeStartObject();
                    if (e.getKey() != null) {
                        g.writeStringField("manager", e.getKey().value());
                    }
                    g.writeArrayFieldStart("reports");
                    for (PositionId id : e.getValue()) {
                        g.writeString(id.value());
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            writeUnknown(g, s.unknownFields());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeTier(JsonGenerator g, Tier t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("name", t.name());
        g.writeNumberField("rank", t.rank());
        writeStrings(g, "typicalTitles", t.typicalTitles());
        g.writeArrayFieldStart("responsibilities");
        for (Responsibility r : t.responsibilities()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("text", r.text());
            writeStrings(g, "keywords", r.keywords());
            writeUnknown(g, r.unknownFields());
            g.writeEndObject();
        }
        g.writeEndArray();
        // Only when there are some, so that a chart from before grades is written back as it was.
        if (!t.grades().isEmpty()) {
            writeStrings(g, "grades", t.grades());
        }
        writeUnknown(g, t.unknownFields());
        g.writeEndObject();
    }

    private static void writeFieldDefinition(JsonGenerator g, FieldDefinition f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("name", f.name());
        g.writeStringField("type", f.type().key());
        if (f.isPrivate()) {
            g.writeBooleanField("private", true);
        }
        if (f.type() == FieldType.CHOICE) {
            writeStrings(g, "choices", f.choices());
        }
        writeUnknown(g, f.unknownFields());
        g.writeEndObject();
    }

    /** The values in the order of the chart's fields, so that the order never depends on hashing. */
    private static void writeFieldValues(JsonGenerator g, FieldValues values, List<FieldDefinition> fields)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("fields");
        for (FieldDefinition f : fields) {
            Object value = values.get(f.id()).orElse(null);
            if (value instanceof BigDecimal n) {
                g.writeFieldName(f.id());
                g.writeNumber(n.toPlainString());
            } else if (value != null) {
                g.writeStringField(f.id(), (String) value);
            }
        }
        g.writeEndObject();
    }

    private static void writePosition(JsonGenerator g, Position p, List<FieldDefinition> fields) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().value());
        g.writeStringField("title", p.title());
        writeIfNotEmpty(g, "holder", p.holder());
        if (p.isHolderUndisclosed()) {
            g.writeBooleanField("holderDisclosed", false);
        }
        if (p.tierId() != null) {
            g.writeStringField("tier", p.tierId());
        }
        if (p.reportsTo() != null) {
            g.writeStringField("reportsTo", p.reportsTo().value());
        }
        writeIfNotEmpty(g, "department", p.department());
        if (p.assistant()) {
            g.writeBooleanField("assistant", true);
        }
        // After the facts that existed before them, so that old charts keep their lines in order.
        if (p.fte().compareTo(Position.DEFAULT_FTE) != 0) {
            g.writeFieldName("fte");
            g.writeNumber(p.fte().toPlainString());
        }
        if (p.cost() != null) {
            g.writeFieldName("cost");
            g.writeNumber(p.cost().toPlainString());
        }
        if (p.status() != null) {
            g.writeStringField("status", p.status().key());
        }
        if (p.archetype() != null) {
            g.writeStringField("archetype", p.archetype().key());
        }
        writeIfNotEmpty(g, "photo", p.photo());
        if (!p.duties().isEmpty()) {
            g.writeArrayFieldStart("duties");
            for (Duty d : p.duties()) {
                writeDuty(g, d);
            }
            g.writeEndArray();
        }
        if (!p.dottedLines().isEmpty()) {
            g.writeArrayFieldStart("dottedLines");
            for (PositionId id : p.dottedLines()) {
                g.writeString(id.value());
            }
            g.writeEndArray();
        }
        writeIfNotEmpty(g, "notes", p.notes());
        writeFieldValues(g, p.fieldValues(), fields);
        writeUnknown(g, p.unknownFields());
        g.writeEndObject();
    }

    private static void writeDuty(JsonGenerator g, Duty d) throws IOException {
        if (d.responsibilityId() == null && d.unknownFields().isEmpty()) {
            g.writeString(d.text());
            return;
        }
        g.writeStartObject();
        g.writeStringField("text", d.text());
        if (d.responsibilityId() != null) {
            g.writeStringField("responsibility", d.responsibilityId());
            // R is the role a link has without one, so a chart from before roles is written back as it was.
            if (d.role() != dev.orgwright.model.RaciRole.RESPONSIBLE) {
                g.writeStringField("role", d.role().letter());
            }
        }
        writeUnknown(g, d.unknownFields());
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeIfNotEmpty(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static void writeUnknown(JsonGenerator g, UnknownFields fields) throws IOException {
        for (Map.Entry<String, Object> e : fields.asMap().entrySet()) {
            g.writeFieldName(e.getKey());
            ChartJson.mapper().writeValue(g, e.getValue());
        }
    }
}
