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
        values.expect(JsonToken.START_ARRAY, () -> "The \"fields\" must be a list of fields");
        List<FieldDefinition> out = new ArrayList<>();
        Map<String, FieldDefinition> byId = new HashMap<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = p.currentTokenLocation();
            FieldDefinition f = definition(++index);
            if (byId.putIfAbsent(f.id(), f) != null) {
                throw ChartReader.at(source, start, "Two fields have the id '" + f.id() + "'; each field needs its own.");
            }
            out.add(f);
        }
        return out;
    }

    private FieldDefinition definition(int index) throws IOException, ChartFormatException {
        String[] named = {null};
        Supplier<String> what = () -> named[0] == null ? "Field " + index : "Field '" + named[0] + "'";
        JsonLocation start = p.currentTokenLocation();
        values.expect(JsonToken.START_OBJECT, () -> what.get() + " must be an object with an \"id\", a \"name\" and a \"type\"");
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
                            of("type", what.get()) + " must be \"text\", \"number\", \"date\" or \"choice\", not \""
                                    + t + "\"."));
                }
                case "private" -> isPrivate = values.bool(() -> of("private", what.get()));
                case "choices" -> choices = values.strings(() -> of("choices", what.get()));
                default -> unknown.put(key, values.anyValue());
            }
            named[0] = id;
        }
        if (id == null || name == null || type == null) {
            String missing = id == null ? "\"id\"" : name == null ? "\"name\"" : "\"type\"";
            throw ChartReader.at(source, start, what.get() + " has no " + missing
                    + "; every field needs an \"id\", a \"name\" and a \"type\".");
        }
        if (type == FieldType.CHOICE && (choices == null || choices.isEmpty())) {
            throw ChartReader.at(source, start, what.get() + " is a choice field without \"choices\"; list the"
                    + " values it allows, such as \"choices\": [\"Berlin\", \"Paris\"].");
        }
        if (type != FieldType.CHOICE && choices != null) {
            throw ChartReader.at(source, start, what.get() + " is a " + type.key() + " field; only a choice field"
                    + " has \"choices\". Remove them or make it \"type\": \"choice\".");
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
        values.expect(JsonToken.START_OBJECT, () -> what.get() + " must be an object of values by field id");
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
                default -> throw ChartReader.at(source, p.currentTokenLocation(), "The value of the field '" + key
                        + "' of " + lowerFirst(position.get()) + " must be a text or a number, not "
                        + (t == JsonToken.START_ARRAY ? "a list" : t == JsonToken.START_OBJECT ? "an object"
                        : "true or false") + ".");
            }
        }
        return FieldValues.of(out);
    }

    private static String of(String key, String owner) {
        return "The \"" + key + "\" of " + lowerFirst(owner);
    }

    private static String lowerFirst(String owner) {
        return Character.toLowerCase(owner.charAt(0)) + owner.substring(1);
    }
}
