package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The chart's published JSON Schema, checked by a general validator as a tool outside
 * Orgwright would: the schema file shipped in the program's resources, not a copy.
 */
final class ChartSchema {

    static final String RESOURCE = "/dev/orgwright/io/orgwright-chart.schema.json";

    /**
     * Numbers kept exact, as the format reads them. A key twice in one object makes the text
     * no JSON document that a schema can judge (RFC 8259 leaves its meaning open, and most
     * parsers silently keep one of the values), so it is refused before validation.
     */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Schema SCHEMA = load();

    private ChartSchema() {
    }

    private static Schema load() {
        try (InputStream in = ChartSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the chart schema is missing from the resources");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the validator finds wrong with {@code document}: empty when it is valid. */
    static List<String> problems(byte[] document) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(document);
        } catch (JsonProcessingException e) {
            return List.of("not one JSON document: " + e.getOriginalMessage());
        } catch (NumberFormatException e) {
            // A number whose exponent no number type holds: no validator gets as far as the schema.
            return List.of("a number that cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of("no JSON value at all");
        }
        return problems(tree);
    }

    static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    static boolean accepts(byte[] document) {
        return problems(document).isEmpty();
    }
}
