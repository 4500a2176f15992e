package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.UnknownFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a chart's own fields (the top-level {@code "fields"}) and a position's values of them.
 * Whether each value fits its field is checked when the chart is built, because a document may
 * list its positions before its fields.
 */
final class CustomFieldReader {

    private final JsonParser p;
    private final String source;
    private final DocumentFields values;

    CustomFieldReader(JsonParser parser, String source, DocumentFields values) {
        this.p = parser;
        this.source = source;
        this.values = values;
    }

    List<FieldDefinition> definitions() throws IOException, ChartFormatException {
        values.expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.fields.list"));
        List<FieldDefinition> out = new ArrayList<>();
        Map<String, FieldDefinition> byId = new HashMap<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            FieldDefinition f = definition(++index);
            if (byId.putIfAbsent(f.id(), f) != null) {
                throw ChartReader.at(source, start, IoTexts.t("io.fields.sameId", f.id()));
            }
            out.add(f);
        }
        return out;
    }

    private FieldDefinition definition(int index) throws IOException, ChartFormatException {
        String[] named = {null};
        Supplier<String> what = () -> named[0] == null ? IoTexts.t("io.field.numbered", String.valueOf(index))
                : IoTexts.t("io.field.named", named[0]);
        JsonLocation start = p.currentTokenLocation();
        values.expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.field.object", what.get()));
        String id = null;
        String name = null;
        FieldType type = null;
        boolean isPrivate = false;
        List<String> choices = null;
        Map<String, Object> unknown = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "id" -> id = values.nonBlank(() -> of("id", what.get()));
                case "name" -> name = values.nonBlank(() -> of("name", what.get()));
                case "type" -> {
                    String t = values.string(() -> of("type", what.get()));
                    type = FieldType.ofKey(t).orElseThrow(() -> ChartReader.at(source, p.currentTokenLocation(),
                            IoTexts.t("io.field.type", of("type", what.get()), t)));
                }
                case "private" -> isPrivate = values.bool(() -> of("private", what.get()));
                case "choices" -> choices = values.strings(() -> of("choices", what.get()));
                default -> unknown.put(key, values.anyValue());
            }
            named[0] = id;
        }
        if (id == null || name == null || type == null) {
            String missing = id == null ? "io.field.noId" : name == null ? "io.field.noName" : "io.field.noType";
            throw ChartReader.at(source, start, IoTexts.t(missing, what.get()));
        }
        if (type == FieldType.CHOICE && (choices == null || choices.isEmpty())) {
            throw ChartReader.at(source, start, IoTexts.t("io.field.noChoices", what.get()));
        }
        if (type != FieldType.CHOICE && choices != null) {
            throw ChartReader.at(source, start, IoTexts.t("io.field.choicesWithout", what.get(), type.key()));
        }
        try {
            return new FieldDefinition(id, name, type, isPrivate, choices, UnknownFields.of(unknown));
        } catch (IllegalArgumentException e) {
            throw ChartReader.at(source, start, e.getMessage());
        }
    }

    /** A position's values: an object of texts and numbers by field id; null and empty texts are no value. */
    FieldValues values(Supplier<String> position) throws IOException, ChartFormatException {
        Supplier<String> what = () -> of("fields", position.get());
        values.expect(JsonToken.START_OBJECT, () -> IoTexts.t("io.field.values", what.get()));
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            switch (t) {
                case VALUE_STRING -> out.put(key, p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.put(key, p.getDecimalValue());
                case VALUE_NULL -> {
                    // no value, as if the key were not there
                }
                default -> throw ChartReader.at(source, p.currentTokenLocation(), IoTexts.t("io.field.valueType", key,
                        DocumentFields.lowerFirst(position.get()), IoTexts.t(t == JsonToken.START_ARRAY
                        ? "io.doc.token.list" : t == JsonToken.START_OBJECT ? "io.doc.token.object"
                        : "io.doc.token.boolean")));
            }
        }
        return FieldValues.of(out);
    }

    /** "The "type" of field 'site'", to begin a sentence. */
    private static String of(String key, String owner) {
        return DocumentFields.field(key, owner);
    }
}
