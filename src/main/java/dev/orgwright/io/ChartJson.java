package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one configured JSON mapper of the chart format and its limits. Kept in one place so that
 * reading and writing agree on every detail (strict duplicates, exact numbers, the layout of
 * the text).
 */
final class ChartJson {

    /** The value of the top-level {@code format} field. */
    static final String FORMAT = "orgwright.chart";
    /** The newest version this program reads and the one it writes. */
    static final int VERSION = 1;
    /** Larger files are refused before reading: no chart of 100,000 positions comes near this. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /**
     * Values in fields Orgwright does not know (and in the settings) are kept in memory as they
     * are; more than this many are refused. A chart of 100,000 positions with a note of its own
     * in every one holds a few hundred thousand.
     */
    static final int MAX_FREE_VALUES = 2_000_000;
    /** Deeper nesting is refused: the format needs 5 levels; unknown fields get some room. */
    static final int MAX_DEPTH = 200;

    /**
     * The JSON reader and writer of the format: strict duplicates, no NaN, limited nesting and
     * number length. Reading a chart needs only this: a window opening a chart does not load
     * the object mapper's few hundred classes before its first frame.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** The object mapper over {@link #FACTORY}, made when first written with. */
    static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    private ChartJson() {
    }

    /** Two-space indentation, {@code "key": value}, one array element per line, {@code []} when empty. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
