package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Saving and loading arbitrary valid charts: nothing lost, nothing changed, always the same bytes. */
class ChartRoundTripPropertiesTest {

    private static final String NAME = "property.orgchart.json";

    @Provide
    Arbitrary<Chart> charts() {
        return ChartArbitraries.charts();
    }

    @Property(tries = 300)
    void loadingWhatWasSavedGivesTheSameChart(@ForAll("charts") Chart chart) throws ChartFormatException {
        assertSameChart(chart, ChartReader.read(ChartWriter.toBytes(chart), NAME));
    }

    /** Equality part by part first, so that a failure says which part differs. */
    static void assertSameChart(Chart expected, Chart actual) {
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.tiers(), actual.tiers());
        assertEquals(expected.settings(), actual.settings());
        assertEquals(expected.unknownFields(), actual.unknownFields());
        assertEquals(expected.roots(), actual.roots());
        for (var p : expected.inTreeOrder()) {
            assertEquals(p, actual.position(p.id()));
            assertEquals(expected.childrenOf(p.id()), actual.childrenOf(p.id()));
        }
        assertEquals(expected, actual);
    }

    @Property(tries = 300)
    void theCanonicalFormIsStable(@ForAll("charts") Chart chart) throws ChartFormatException {
        byte[] first = ChartWriter.toBytes(chart);
        assertArrayEquals(first, ChartWriter.toBytes(chart), "saving twice gives the same bytes");
        assertArrayEquals(first, ChartWriter.toBytes(ChartReader.read(first, NAME)), "save(load(save(c))) == save(c)");
    }

    @Property(tries = 300)
    void theDocumentIsUtf8EndingInOneNewline(@ForAll("charts") Chart chart) {
        byte[] bytes = ChartWriter.toBytes(chart);
        String text = assertDoesNotThrow(() -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString());
        assertTrue(text.endsWith("}\n"), "ends with the closing brace and one newline");
        assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
        assertFalse(text.contains("\r"), "no carriage return outside escapes");
    }

    @Property(tries = 300)
    void positionsAreWrittenInTreeOrder(@ForAll("charts") Chart chart) throws Exception {
        JsonNode document = new ObjectMapper().readTree(ChartWriter.toBytes(chart));
        List<PositionId> written = new ArrayList<>();
        for (JsonNode p : document.get("positions")) {
            PositionId id = PositionId.of(p.get("id").asText());
            if (p.has("reportsTo")) {
                assertTrue(written.contains(PositionId.of(p.get("reportsTo").asText())),
                        "the manager of '" + id + "' comes before it");
            }
            written.add(id);
        }
        assertEquals(preorder(chart), written);
    }

    /** Tree order computed here independently of {@link Chart#inTreeOrder()}: roots, then each subtree. */
    private static List<PositionId> preorder(Chart chart) {
        List<PositionId> out = new ArrayList<>();
        Deque<Iterator<PositionId>> stack = new ArrayDeque<>();
        stack.push(chart.roots().iterator());
        while (!stack.isEmpty()) {
            if (!stack.peek().hasNext()) {
                stack.pop();
                continue;
            }
            PositionId id = stack.peek().next();
            out.add(id);
            stack.push(chart.childrenOf(id).iterator());
        }
        return out;
    }

    // ---- through real files ----

    private Path folder;

    @BeforeProperty
    void createFolder() throws Exception {
        folder = Files.createTempDirectory("orgwright-roundtrip");
    }

    @AfterProperty
    void deleteFolder() throws Exception {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    @Property(tries = 50)
    void aSavedFileLoadsAsTheSameChart(@ForAll("charts") Chart chart) throws Exception {
        Path file = folder.resolve("chart" + ChartFiles.EXTENSION);
        ChartFiles.save(file, chart);
        assertSameChart(chart, ChartFiles.load(file));
        assertArrayEquals(ChartWriter.toBytes(chart), Files.readAllBytes(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    // ---- damaged documents ----

    /** A valid document, a place in it (as a fraction of its length) and the byte to put there. */
    @Provide
    Arbitrary<Tuple.Tuple3<byte[], Double, Byte>> damaged() {
        Arbitrary<Byte> structural = Arbitraries.of("{}[]\":,\\ -.+eE0123456789ntfu\n".chars()
                .mapToObj(c -> (byte) c).toList());
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Combinators.combine(ChartArbitraries.charts(8).map(ChartWriter::toBytes),
                        Arbitraries.doubles().between(0, 1).ofScale(6),
                        Arbitraries.oneOf(structural, any))
                .as(Tuple::of);
    }

    @Property(tries = 500)
    void oneDamagedByteGivesAChartOrAClearRefusal(@ForAll("damaged") Tuple.Tuple3<byte[], Double, Byte> damage) {
        byte[] bytes = damage.get1().clone();
        int at = (int) Math.min(bytes.length - 1, Math.floor(damage.get2() * bytes.length));
        bytes[at] = damage.get3();
        Chart chart;
        try {
            chart = ChartReader.read(bytes, NAME);
        } catch (ChartFormatException e) {
            assertTrue(e.getMessage().startsWith(NAME + ": ") || e.getMessage().startsWith(NAME + ", line "),
                    e.getMessage());
            return;
        }
        // Whatever loads is a whole chart that saves and loads again.
        Chart again = assertDoesNotThrow(() -> ChartReader.read(ChartWriter.toBytes(chart), NAME));
        assertEquals(chart, again);
    }

    @Property(tries = 200)
    void aCutDocumentIsRefused(@ForAll("charts") Chart chart, @ForAll("fractions") double fraction) {
        byte[] bytes = ChartWriter.toBytes(chart);
        int length = (int) Math.floor(fraction * (bytes.length - 2)); // at least "}\n" goes missing
        byte[] cut = java.util.Arrays.copyOf(bytes, length);
        ChartFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ChartFormatException.class,
                () -> ChartReader.read(cut, NAME));
        assertTrue(e.getMessage().startsWith(NAME), e.getMessage());
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1).ofScale(4);
    }
}
