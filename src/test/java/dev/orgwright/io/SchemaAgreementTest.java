package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgwright.model.Chart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The reader and the published JSON Schema judge a document alike: both accept it or both
 * refuse it. The documents are charts Orgwright writes, changed in one place the way a hand, a
 * script or another tool changes them. The schema cannot see across a document
 * ({@code docs/format.md}, "Checking a file"), so two changes are refused by the reader alone,
 * and the test says which: a dotted line from a position to itself, and nesting deeper than
 * the reader's limit.
 */
class SchemaAgreementTest {

    private static final String NAME = "agreement.orgchart.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Texts that show nothing: each is blank for the reader and for the schema alike. */
    static final List<String> BLANKS = List.of("", " ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u200B",
            "\uFEFF", "\u202F", "\u2007", "\u1680", "\u205F", "\u2028", "\u0085", "\u001F", "\u180E", "\u2060",
            " \u00A0 ", "\u00A0\u2003\u3000\u200B");

    /** Texts with something visible, some of it beside blank characters. */
    static final List<String> VISIBLE = List.of("x", "\u00A0x", "x\u3000", "\u200Bx\u200B", "中", "😀", "\u00AD",
            "\u200E", "\u034F", "Zoë 🚀", "\\", "\"");

    /** A change to one place of a written chart; {@link #apply} gives null when the chart has no such place. */
    enum Change {
        NOTHING, BLANK_TEXT, VISIBLE_TEXT, WHOLE_NUMBER_AS_DECIMAL, FRACTION_WHERE_WHOLE, DOTTED_LINE_TO_ITSELF,
        DOTTED_LINE_TWICE, DUPLICATE_KEY, LONG_TEXT, DEEP_NESTING, UNKNOWN_FIELD, MISSING_REQUIRED, WRONG_TYPE
    }

    /** A place that holds a text: an object and its key. */
    private record Place(ObjectNode owner, String key) {
    }

    @Property(tries = 600)
    void theReaderAndTheSchemaAgree(@ForAll("charts") Chart chart, @ForAll Change change,
                                    @ForAll @IntRange(max = 1_000_000) int where,
                                    @ForAll @IntRange(max = 1_000_000) int what) {
        ObjectNode document = tree(ChartWriter.toBytes(chart));
        String text = apply(change, document, where, what);
        Assume.that(text != null);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> schemaProblems = ChartSchema.problems(bytes);
        String refusal = refusal(bytes);
        Statistics.collect(change, schemaProblems.isEmpty() ? "schema accepts" : "schema refuses");
        boolean beyondTheSchema = change == Change.DOTTED_LINE_TO_ITSELF
                || change == Change.DEEP_NESTING && depthOf(text) > ChartJson.MAX_DEPTH;
        if (beyondTheSchema) {
            assertTrue(schemaProblems.isEmpty(), "the schema cannot see this, yet refused: " + schemaProblems);
            assertTrue(refusal != null && (refusal.contains("to itself") || refusal.contains("levels deep")),
                    "the reader must refuse " + change + ", but said: " + refusal);
            return;
        }
        assertEquals(schemaProblems.isEmpty(), refusal == null, () -> change + " of\n" + shorten(text)
                + "\nthe schema says " + (schemaProblems.isEmpty() ? "valid" : schemaProblems)
                + "\nthe reader says " + (refusal == null ? "valid" : refusal));
    }

    @Provide
    Arbitrary<Chart> charts() {
        return ChartArbitraries.charts(6);
    }

    /** The known disagreement of the issue, and its neighbours, one by one. */
    @Example
    void aTitleOfOnlyUnicodeSpacesIsRefusedByBoth() {
        for (String blank : BLANKS) {
            String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"ceo\", \"title\": "
                    + json(blank) + "}]}";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertFalse(ChartSchema.accepts(bytes), "the schema takes " + json(blank) + " for a title");
            int column = text.indexOf("{\"id\"") + 1;
            assertEquals(NAME + ", line 1, column " + column
                    + ": The \"title\" of position 'ceo' is empty; every position needs one.", refusal(bytes), json(blank));
        }
    }

    @Example
    void wholeNumbersWrittenAsDecimalsAreAcceptedByBoth() throws Exception {
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1.0, \"tiers\": [{\"id\": \"senior\", \"name\": \"Senior\","
                + " \"rank\": 10e-1}, {\"id\": \"staff\", \"name\": \"Staff\", \"rank\": 2.000}], \"positions\":"
                + " [{\"id\": \"ceo\", \"title\": \"CEO\", \"tier\": \"senior\", \"fte\": 1.0}]}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), ChartSchema.problems(bytes));
        Chart chart = ChartReader.read(bytes, NAME);
        assertEquals(List.of(1, 2), chart.tiers().stream().map(t -> t.rank()).toList());
    }

    // ---- changes ----

    private static String apply(Change change, ObjectNode document, int where, int what) {
        switch (change) {
            case NOTHING -> {
            }
            case BLANK_TEXT -> {
                Place place = pick(textPlaces(document), where);
                place.owner().put(place.key(), BLANKS.get(what % BLANKS.size()));
            }
            case VISIBLE_TEXT -> {
                Place place = pick(textPlaces(document), where);
                place.owner().put(place.key(), VISIBLE.get(what % VISIBLE.size()));
            }
            case WHOLE_NUMBER_AS_DECIMAL, FRACTION_WHERE_WHOLE -> {
                List<ObjectNode> tiers = objects(document.get("tiers"));
                boolean rank = !tiers.isEmpty() && where % 2 == 1;
                ObjectNode owner = rank ? pick(tiers, where) : document;
                String key = rank ? "rank" : "version";
                BigDecimal whole = owner.get(key).decimalValue();
                String[] forms = change == Change.WHOLE_NUMBER_AS_DECIMAL
                        ? new String[] {".0", ".000", "e0", "0e-1"} : new String[] {".5", ".0001", "5e-1"};
                String form = forms[what % forms.length];
                owner.put(key, new BigDecimal(whole.toPlainString() + form));
            }
            case DOTTED_LINE_TO_ITSELF, DOTTED_LINE_TWICE -> {
                List<ObjectNode> positions = objects(document.get("positions"));
                if (positions.isEmpty()) {
                    return null;
                }
                ObjectNode position = pick(positions, where);
                ArrayNode dotted = position.has("dottedLines") ? (ArrayNode) position.get("dottedLines")
                        : position.putArray("dottedLines");
                if (change == Change.DOTTED_LINE_TO_ITSELF) {
                    dotted.insert(what % (dotted.size() + 1), position.get("id").textValue());
                } else {
                    String other = pick(positions, what).get("id").textValue();
                    if (other.equals(position.get("id").textValue())) {
                        return null;
                    }
                    dotted.add(other).add(other);
                }
            }
            case DUPLICATE_KEY -> {
                // Written by hand: a tree cannot hold a key twice.
                List<ObjectNode> owners = allObjects(document);
                ObjectNode owner = pick(owners, where);
                List<String> keys = new ArrayList<>();
                owner.fieldNames().forEachRemaining(keys::add);
                if (keys.isEmpty()) {
                    return null;
                }
                String key = keys.get(what % keys.size());
                String marker = "duplicate-marker-" + what;
                owner.put(marker, 0);
                return text(document).replace(json(marker) + " : 0", json(key) + ": " + text(owner.get(key)));
            }
            case LONG_TEXT -> {
                Place place = pick(textPlaces(document), where);
                String unit = List.of("x", "\u00A0", "中", "😀", " a").get(what % 5);
                place.owner().put(place.key(), unit.repeat(50_000 + what % 100_000));
            }
            case DEEP_NESTING -> {
                int depth = ChartJson.MAX_DEPTH - 10 + what % 20;
                JsonNode value = NODES.numberNode(1);
                for (int i = 0; i < depth; i++) {
                    value = i % 2 == 0 ? NODES.arrayNode().add(value) : NODES.objectNode().set("a", value);
                }
                pick(allObjects(document), where).set("acmeNested", value);
            }
            case UNKNOWN_FIELD -> {
                List<JsonNode> values = List.of(NODES.nullNode(), NODES.textNode("\u00A0"), NODES.numberNode(new BigDecimal("1e400")),
                        NODES.arrayNode().add("x"), NODES.objectNode().put("title", 5), NODES.booleanNode(true));
                pick(allObjects(document), where).set("acme" + what, values.get(what % values.size()));
            }
            case MISSING_REQUIRED -> {
                List<Map.Entry<ObjectNode, String>> required = new ArrayList<>();
                for (String key : List.of("format", "version", "positions")) {
                    required.add(Map.entry(document, key));
                }
                for (ObjectNode tier : objects(document.get("tiers"))) {
                    for (String key : List.of("id", "name", "rank")) {
                        required.add(Map.entry(tier, key));
                    }
                    for (ObjectNode responsibility : objects(tier.get("responsibilities"))) {
                        required.add(Map.entry(responsibility, "id"));
                        required.add(Map.entry(responsibility, "text"));
                    }
                }
                for (ObjectNode position : objects(document.get("positions"))) {
                    if (isNotReferenced(document, position)) {
                        required.add(Map.entry(position, "id"));
                    }
                    required.add(Map.entry(position, "title"));
                    for (ObjectNode duty : objects(position.get("duties"))) {
                        required.add(Map.entry(duty, "text"));
                    }
                }
                Map.Entry<ObjectNode, String> gone = pick(required, where);
                gone.getKey().remove(gone.getValue());
            }
            case WRONG_TYPE -> {
                List<Map.Entry<ObjectNode, String>> known = new ArrayList<>();
                for (String key : List.of("format", "version", "title", "tiers", "positions", "settings")) {
                    known.add(Map.entry(document, key));
                }
                for (ObjectNode tier : objects(document.get("tiers"))) {
                    for (String key : List.of("id", "name", "rank", "typicalTitles", "responsibilities")) {
                        known.add(Map.entry(tier, key));
                    }
                }
                for (ObjectNode position : objects(document.get("positions"))) {
                    for (String key : List.of("title", "holder", "department", "notes", "assistant", "fte", "cost",
                            "status", "photo", "duties", "dottedLines")) {
                        known.add(Map.entry(position, key));
                    }
                }
                Map.Entry<ObjectNode, String> place = pick(known, where);
                List<JsonNode> values = List.of(NODES.nullNode(), NODES.textNode("1"), NODES.numberNode(1),
                        NODES.numberNode(new BigDecimal("0.5")), NODES.booleanNode(false), NODES.arrayNode(),
                        NODES.arrayNode().add(1), NODES.objectNode(), NODES.textNode(""), NODES.textNode("\u00A0"));
                JsonNode value = values.get(what % values.size());
                // No tiers at all would leave the positions in tiers the chart does not define, which only the reader sees.
                boolean noTiers = place.getValue().equals("tiers") && value.isArray() && value.isEmpty();
                // A rank of 1 is no wrong type, and may be another tier's rank, which only the reader sees.
                boolean rankOne = place.getValue().equals("rank") && value.isIntegralNumber();
                // A tier id of another text is no wrong type, and leaves its positions in a tier the chart does not define.
                boolean renamesTier = place.getValue().equals("id") && value.isTextual() && !value.textValue().isBlank();
                place.getKey().set(place.getValue(), noTiers ? NODES.objectNode() : rankOne ? NODES.textNode("1")
                        : renamesTier ? NODES.numberNode(1) : value);
            }
            default -> fail("no change for " + change);
        }
        return text(document);
    }

    /** Whether no other position refers to {@code position}: removing its id then breaks nothing else. */
    private static boolean isNotReferenced(ObjectNode document, ObjectNode position) {
        String id = position.get("id").textValue();
        for (ObjectNode other : objects(document.get("positions"))) {
            if (id.equals(other.path("reportsTo").textValue())) {
                return false;
            }
            for (JsonNode target : other.path("dottedLines")) {
                if (id.equals(target.textValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The texts of a chart whose blankness matters or might: the ones that must show something
     * and the optional ones, but not ids that other places refer to (changing those breaks
     * references, which only the reader sees).
     */
    private static List<Place> textPlaces(ObjectNode document) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(document, "title"));
        for (ObjectNode tier : objects(document.get("tiers"))) {
            places.add(new Place(tier, "name"));
            for (ObjectNode responsibility : objects(tier.get("responsibilities"))) {
                places.add(new Place(responsibility, "text"));
            }
        }
        for (ObjectNode position : objects(document.get("positions"))) {
            places.add(new Place(position, "title"));
            for (String key : List.of("holder", "department", "notes", "photo")) {
                places.add(new Place(position, key));
            }
            if (isNotReferenced(document, position)) {
                places.add(new Place(position, "id"));
            }
            for (ObjectNode duty : objects(position.get("duties"))) {
                places.add(new Place(duty, "text"));
            }
        }
        return places;
    }

    // ---- trees ----

    private static ObjectNode tree(byte[] written) {
        try {
            // Duties written as plain texts become objects here, so that every duty has a "text" to change.
            ObjectNode document = (ObjectNode) ChartSchema.STRICT.readTree(written);
            for (ObjectNode position : objects(document.get("positions"))) {
                if (position.get("duties") instanceof ArrayNode duties) {
                    for (int i = 0; i < duties.size(); i++) {
                        if (duties.get(i).isTextual()) {
                            duties.set(i, NODES.objectNode().put("text", duties.get(i).textValue()));
                        }
                    }
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> objects(JsonNode array) {
        List<ObjectNode> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode each : array) {
                if (each instanceof ObjectNode object) {
                    out.add(object);
                }
            }
        }
        return out;
    }

    /** Every object of the document in which a field is read or kept. */
    private static List<ObjectNode> allObjects(ObjectNode document) {
        List<ObjectNode> out = new ArrayList<>();
        out.add(document);
        for (ObjectNode tier : objects(document.get("tiers"))) {
            out.add(tier);
            out.addAll(objects(tier.get("responsibilities")));
        }
        for (ObjectNode position : objects(document.get("positions"))) {
            out.add(position);
            out.addAll(objects(position.get("duties")));
        }
        return out;
    }

    private static <T> T pick(List<T> choices, int where) {
        return choices.get(where % choices.size());
    }

    private static String text(JsonNode node) {
        try {
            return ChartSchema.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String value) {
        return text(NODES.textNode(value));
    }

    private static int depthOf(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** The reader's refusal of {@code bytes}, or null when it reads a whole chart. */
    private static String refusal(byte[] bytes) {
        try {
            ChartReader.read(bytes, NAME);
            return null;
        } catch (ChartFormatException e) {
            return e.getMessage();
        }
    }

    private static String shorten(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000) + "…";
    }
}
