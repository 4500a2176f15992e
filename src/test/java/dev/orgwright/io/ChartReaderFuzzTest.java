package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.orgwright.model.Chart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Hostile and broken input for the loader: whatever the bytes, it returns a whole chart or
 * throws its {@link ChartFormatException} naming the document, within a bounded time; never
 * another exception, never a hang. Properties without a number of tries run
 * {@code jqwik.tries.default} cases (1,000 in the build; raise it for a longer campaign, see
 * {@code docs/testing.md}).
 */
class ChartReaderFuzzTest {

    private static final String NAME = "fuzz.orgchart.json";
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final List<byte[]> SAMPLES = List.of(resource("/dev/orgwright/samples/leadership.orgchart.json"),
            resource("/dev/orgwright/io/canonical.orgchart.json"),
            resource("/dev/orgwright/io/typed-fields.orgchart.json"),
            resource("/dev/orgwright/io/themed.orgchart.json"),
            resource("/dev/orgwright/io/scenarios.orgchart.json"),
            resource("/dev/orgwright/io/views.orgchart.json"),
            resource("/dev/orgwright/io/card-photos.orgchart.json"));

    private static byte[] resource(String name) {
        try (InputStream in = ChartReaderFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code bytes}: a whole chart that saves and loads again, or a clear refusal (null). */
    static Chart loadsOrRefusesClearly(byte[] bytes) {
        Chart chart;
        try {
            chart = readWithin(BOUND, () -> ChartReader.read(bytes, NAME));
        } catch (ChartFormatException e) {
            assertClear(e);
            return null;
        }
        Chart loaded = chart;
        Chart again = assertDoesNotThrow(() -> readWithin(BOUND, () -> ChartReader.read(ChartWriter.toBytes(loaded), NAME)));
        assertEquals(chart, again, "what loads is a whole chart that saves and loads the same");
        return chart;
    }

    interface Read {
        Chart run() throws ChartFormatException;
    }

    private static final ExecutorService READER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "fuzzed-read", 0);
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code read} in a bounded time: a ChartFormatException passes, anything else fails the test. */
    static Chart readWithin(Duration bound, Read read) throws ChartFormatException {
        Future<Chart> result = READER.submit(read::run);
        try {
            return result.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChartFormatException refusal) {
                throw refusal;
            }
            return fail("the loader threw " + e.getCause() + " instead of a ChartFormatException", e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            return fail("the loader took more than " + bound.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    static void assertClear(ChartFormatException e) {
        String m = e.getMessage();
        assertTrue(m.startsWith(NAME + ": ") || m.startsWith(NAME + ", line "), m);
        assertTrue(m.matches("(?s).*[.?]( \\(\\d+ more problems? in this file\\))?"), "a message is a sentence: " + m);
        assertFalse(e.reason().isBlank(), m);
        assertFalse(m.contains("com.fasterxml") || m.contains("java.") || m.contains("Exception"),
                "no program internals in a message: " + m);
    }

    // ---- random input ----

    @Property
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        loadsOrRefusesClearly(bytes);
    }

    /** Random sequences of JSON's own pieces get much further into the loader than random bytes. */
    @Property
    void randomJsonPieces(@ForAll("jsonPieces") String text) {
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> jsonPieces() {
        Arbitrary<String> piece = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\"format\"", "\"orgwright.chart\"",
                "\"version\"", "1", "2", "-1", "1e999", "0.5", "\"positions\"", "\"tiers\"", "\"id\"", "\"reportsTo\"",
                "\"title\"", "\"duties\"", "\"a\"", "\"b\"", "null", "true", " ", "\n", "\\", "\\u0000", "é", "\uFEFF",
                "\"fte\"", "\"cost\"", "\"status\"", "\"planned\"", "\"archetype\"", "\"coach\"", "\"photo\"", "\"settings\"", "\"currency\"", "\"GBP\"",
                "0", "1e-999", "0.00001", "\"fields\"", "\"type\"", "\"choice\"", "\"choices\"", "\"date\"",
                "\"2025-02-30\"", "\"private\"", "\"holder\"", "\"holderDisclosed\"", "false", "\"grades\"",
                "\"SCS2\"", "\"scs2\"", "\"responsibility\"", "\"role\"", "\"A\"", "\"R\"", "\"x\"");
        Arbitrary<String> prefix = Arbitraries.of("", "{\"format\": \"orgwright.chart\", \"version\": 1, ");
        return net.jqwik.api.Combinators.combine(prefix, piece.list().ofMaxSize(80))
                .as((p, pieces) -> p + String.join("", pieces));
    }

    // ---- damaged sample charts ----

    /** One character of a sample replaced, removed or doubled, or a random character inserted. */
    @Property
    void everySampleWithOneCharacterChanged(@ForAll @IntRange(max = 3) int sample, @ForAll @IntRange(max = 99_999) int at,
                                            @ForAll @IntRange(max = 3) int how, @ForAll("characters") String replacement) {
        String text = new String(SAMPLES.get(sample), StandardCharsets.UTF_8);
        int i = at % text.length();
        String damaged = switch (how) {
            case 0 -> text.substring(0, i) + replacement + text.substring(i + 1);
            case 1 -> text.substring(0, i) + text.substring(i + 1);
            case 2 -> text.substring(0, i) + text.charAt(i) + text.substring(i);
            default -> text.substring(0, i) + replacement + text.substring(i);
        };
        loadsOrRefusesClearly(damaged.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> characters() {
        return Arbitraries.oneOf(Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\\", "0", "9", "-", ".", "e",
                        "n", "t", "f", " ", "\n", "\t", "\u0000", "\u001f"),
                Arbitraries.chars().map(String::valueOf), Arbitraries.strings().ofLength(1).withCharRange('\u0080', '\uFFFD'));
    }

    /**
     * Any value in the place of a position's FTE, cost, status or photo, or of the chart's
     * currency: it loads and round-trips, or it is refused clearly, naming the field.
     */
    @Property(tries = 500)
    void anyValueInATypedField(@ForAll @IntRange(max = 7) int field, @ForAll("anyJsonValue") String value) {
        String position = "{\"id\": \"cfo\", \"title\": \"CFO\", \"reportsTo\": \"ceo\"%s}";
        // The last two: whether the holder is disclosed, without a holder and beside one.
        String[] places = {"fte", "cost", "status", "photo", "currency", "holderDisclosed", "holderDisclosed",
                "archetype"};
        String extra = field == 6 ? ", \"holder\": \"Ana Diaz\"" : "";
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"settings\": {\"currency\": "
                + (field == 4 ? value : "\"EUR\"") + "}, \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\"}, "
                + String.format(position, field == 4 ? "" : extra + ", \"" + places[field] + "\": " + value) + "]}";
        try {
            readWithin(BOUND, () -> ChartReader.read(text.getBytes(StandardCharsets.UTF_8), NAME));
        } catch (ChartFormatException e) {
            assertClear(e);
            assertTrue(e.reason().contains("\"" + places[field] + "\""), e.getMessage());
            return;
        }
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any value in the place of a duty's role, with and without a link: it loads and
     * round-trips, or it is refused clearly, naming the role.
     */
    @Property(tries = 300)
    void anyValueInADutysRole(@ForAll boolean linked, @ForAll("anyJsonValue") String value) {
        String link = linked ? "\"responsibility\": \"budgets\", " : "";
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\","
                + " \"duties\": [{\"text\": \"Budgets\", " + link + "\"role\": " + value + "}]}]}";
        try {
            readWithin(BOUND, () -> ChartReader.read(text.getBytes(StandardCharsets.UTF_8), NAME));
        } catch (ChartFormatException e) {
            assertClear(e);
            assertTrue(e.reason().contains("\"role\""), e.getMessage());
            return;
        }
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any value in the place of a tier's grades, or of one grade beside another tier's: it loads
     * and round-trips, or it is refused clearly, naming the grades or the grade.
     */
    @Property(tries = 300)
    void anyValueInATiersGrades(@ForAll @IntRange(max = 1) int where, @ForAll("anyJsonValue") String value) {
        String grades = where == 0 ? value : "[\"SCS2\", " + value + "]";
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"tiers\": ["
                + "{\"id\": \"senior\", \"name\": \"Senior\", \"rank\": 1, \"grades\": " + grades + "},"
                + "{\"id\": \"staff\", \"name\": \"Staff\", \"rank\": 2, \"grades\": [\"A\"]}],"
                + " \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"tier\": \"senior\"}]}";
        try {
            readWithin(BOUND, () -> ChartReader.read(text.getBytes(StandardCharsets.UTF_8), NAME));
        } catch (ChartFormatException e) {
            assertClear(e);
            assertTrue(e.reason().contains("\"grades\"") || e.reason().contains("grade '"), e.getMessage());
            return;
        }
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any value in the place of a position's value of a text, number, date or choice field: it
     * loads and round-trips, or it is refused clearly, naming the field.
     */
    @Property(tries = 500)
    void anyValueInACustomField(@ForAll @IntRange(max = 3) int field, @ForAll("anyJsonValue") String value) {
        String[] ids = {"email", "grade", "start", "office"};
        String[] names = {"'E-mail'", "'Grade'", "'Start date'", "'Office'"};
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"fields\": ["
                + "{\"id\": \"email\", \"name\": \"E-mail\", \"type\": \"text\", \"private\": true},"
                + "{\"id\": \"grade\", \"name\": \"Grade\", \"type\": \"number\"},"
                + "{\"id\": \"start\", \"name\": \"Start date\", \"type\": \"date\"},"
                + "{\"id\": \"office\", \"name\": \"Office\", \"type\": \"choice\", \"choices\": [\"GBP\", \"1\"]}],"
                + " \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"fields\": {\"" + ids[field] + "\": "
                + value + "}}]}";
        try {
            readWithin(BOUND, () -> ChartReader.read(text.getBytes(StandardCharsets.UTF_8), NAME));
        } catch (ChartFormatException e) {
            assertClear(e);
            assertTrue(e.reason().contains(names[field]) || e.reason().contains("'" + ids[field] + "'"), e.getMessage());
            return;
        }
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any value in the place of a scenario's id, name, description, basedOn, positions, removed
     * ids, order list, or of the scenarios themselves: it loads and round-trips, or it is refused
     * clearly.
     */
    @Property(tries = 500)
    void anyValueInAScenario(@ForAll @IntRange(max = 7) int field, @ForAll("anyJsonValue") String value) {
        String[] keys = {"id", "name", "description", "basedOn", "positions", "removed", "order", "scenarios"};
        String[] values = {"\"lean\"", "\"Lean\"", "\"Fewer heads\"", "null",
                "[{\"id\": \"cto\", \"title\": \"CTO\", \"reportsTo\": \"ceo\"}]", "[\"cfo\"]", "[]"};
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            parts.add("\"" + keys[i] + "\": " + (i == field ? value : values[i]));
        }
        String scenario = "{" + String.join(", ", parts) + "}";
        String scenarios = field == 7 ? value : "[" + scenario + "]";
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\"},"
                + " {\"id\": \"cfo\", \"title\": \"CFO\", \"reportsTo\": \"ceo\"}], \"scenarios\": " + scenarios + "}";
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Any value in the place of the card template, its lines, one of its lines, its photo switch,
     * the photos or one photo: it loads and round-trips, or it is refused clearly.
     */
    @Property(tries = 500)
    void anyValueInTheCardTemplateOrThePhotos(@ForAll @IntRange(max = 5) int field, @ForAll("anyJsonValue") String value) {
        String lines = field == 1 ? value : "[\"title\", " + (field == 2 ? value : "\"rollup\"") + "]";
        String card = field == 0 ? value : "{\"lines\": " + lines + ", \"photo\": " + (field == 3 ? value : "true") + "}";
        String photos = field == 4 ? value : "{\"ceo\": " + (field == 5 ? value : "\"data:image/png;base64,AAAA\"") + "}";
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [{\"id\": \"ceo\","
                + " \"title\": \"CEO\", \"photo\": \"ceo\"}], \"card\": " + card + ", \"photos\": " + photos + "}";
        loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The sample with a card template and photos, one character changed: it loads or is refused clearly. */
    @Property(tries = 300)
    void theCardSampleWithOneCharacterChanged(@ForAll @IntRange(max = 99_999) int at,
                                              @ForAll("characters") String replacement) {
        String text = new String(SAMPLES.get(6), StandardCharsets.UTF_8);
        int i = at % text.length();
        loadsOrRefusesClearly((text.substring(0, i) + replacement + text.substring(i + 1)).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> anyJsonValue() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e15"), new java.math.BigDecimal("1e15"))
                        .ofScale(6).map(java.math.BigDecimal::toPlainString),
                Arbitraries.integers().between(-20, 20).map(e -> "1e" + e),
                Arbitraries.of("0", "-0", "0.0", "1", "1.0", "1000", "1000.00001", "0.0001", "0.00001", "1e999999",
                        "1e-999999", "-1e-999999", "999999999999.999", "999999999999.9999", "1000000000000"));
        Arbitrary<String> others = Arbitraries.of("null", "true", "false", "false", "false", "[]", "{}", "[1]", "{\"a\": 1}", "\"\"",
                "\"planned\"", "\"closing\"", "\"Planned\"", "\"GBP\"", "\"gbp\"", "\"GB\"", "\"GBPX\"",
                "\"photos/ceo.jpg\"", "\"1\"", "\"ÄBC\"", "\"2025-03-01\"", "\"2025-02-30\"", "\"2025-3-1\"",
                "\"+2025-03-01\"", "\"A\"", "\"scs2\"", "\" \"", "[\"A\"]", "[\"SCS2\", \"scs2\"]", "[\"\\u00a0\"]",
                "[\"SCS3\", \"SCS4\"]", "\"R\"", "\"C\"", "\"I\"", "\"a\"", "\"Accountable\"");
        return Arbitraries.oneOf(numbers, others);
    }

    @Property(tries = 400)
    void everySampleCutShort(@ForAll @IntRange(max = 3) int sample, @ForAll @IntRange(max = 99_999) int at) {
        byte[] bytes = SAMPLES.get(sample);
        int length = at % (bytes.length - 1); // at least the closing "}\n" goes
        ChartFormatException e = assertThrows(ChartFormatException.class,
                () -> ChartReader.read(java.util.Arrays.copyOf(bytes, length), NAME));
        assertClear(e);
    }

    // ---- hostile structure ----

    @Property(tries = 100)
    void deepNesting(@ForAll @IntRange(min = 1, max = 100_000) int depth, @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String text = "{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [], \"extra\": "
                + open.repeat(depth) + "1" + close.repeat(depth) + "}";
        Chart chart = loadsOrRefusesClearly(text.getBytes(StandardCharsets.UTF_8));
        // The chart's own object is one level, so `depth` levels below it make depth + 1 in all.
        assertEquals(depth + 1 <= ChartJson.MAX_DEPTH, chart != null, "depth " + depth);
    }

    /** The limit exactly: a document of MAX_DEPTH levels loads, one more is refused. */
    @Example
    void deepNestingAtTheLimit() {
        for (boolean arrays : new boolean[] {true, false}) {
            deepNesting(ChartJson.MAX_DEPTH - 1, arrays);
            deepNesting(ChartJson.MAX_DEPTH, arrays);
        }
    }

    /** A key of the chart, of a tier or of a position written twice with another value. */
    @Property(tries = 300)
    void duplicateKeysAreRefused(@ForAll @IntRange(max = 99_999) int at) {
        String text = new String(SAMPLES.get(0), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        List<Integer> keyLines = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).matches("\\s*\"[a-zA-Z]+\": (\"[^\"]*\"|\\d+),?")).boxed().toList();
        int line = keyLines.get(at % keyLines.size());
        String keyLine = lines.get(line);
        String repeated = keyLine.endsWith(",") ? keyLine : keyLine + ",";
        List<String> out = new java.util.ArrayList<>(lines);
        out.add(line, repeated);
        ChartFormatException e = assertThrows(ChartFormatException.class,
                () -> ChartReader.read(String.join("\n", out).getBytes(StandardCharsets.UTF_8), NAME));
        assertClear(e);
        assertTrue(e.getMessage().contains("appears twice in the same object"), e.getMessage());
        assertEquals(java.util.Optional.of(line + 2), e.line(), "the second one is pointed at");
    }

    @Property(tries = 300)
    void numbersOutOfRange(@ForAll("numbers") String number, @ForAll @IntRange(max = 2) int where) {
        String text = new String(SAMPLES.get(1), StandardCharsets.UTF_8);
        String damaged = switch (where) {
            case 0 -> text.replaceFirst("\"version\": 1", "\"version\": " + number);
            case 1 -> text.replaceFirst("\"rank\": 1", "\"rank\": " + number);
            default -> text.replaceFirst("\"positions\": \\[", "\"size\": " + number + ", \"positions\": [");
        };
        loadsOrRefusesClearly(damaged.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-0", "1.0", "1e0", "1E400", "-1e-400", "2147483648", "-2147483649",
                        "9223372036854775808", "1" + "0".repeat(99), "1" + "0".repeat(100), "1" + "0".repeat(5000),
                        "0.1", "NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.", "0x10", "1e", "--1"),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(Object::toString),
                Arbitraries.doubles().map(d -> Double.toString(d)));
    }

    /** A chain of positions, one of which reports to a position further down: a hidden cycle. */
    @Property(tries = 40)
    void aCycleHiddenInALongChain(@ForAll @IntRange(min = 2, max = 30_000) int length,
                                  @ForAll @IntRange(max = 1_000_000) int a, @ForAll @IntRange(max = 1_000_000) int b) {
        int top = a % length;
        int bottom = top + 1 + b % (length - top - 1 + 1);
        bottom = Math.min(bottom, length - 1);
        StringBuilder text = new StringBuilder("{\"format\": \"orgwright.chart\", \"version\": 1, \"positions\": [\n");
        for (int i = 0; i < length; i++) {
            String manager = i == top ? "p" + Math.max(bottom, top) : i == 0 ? null : "p" + (i - 1);
            text.append(i == 0 ? "" : ",\n").append("{\"id\": \"p").append(i).append("\", \"title\": \"Role ").append(i)
                    .append('"').append(manager == null ? "" : ", \"reportsTo\": \"" + manager + "\"").append('}');
        }
        text.append("\n]}");
        ChartFormatException e = assertThrows(ChartFormatException.class,
                () -> readWithin(BOUND, () -> ChartReader.read(text.toString().getBytes(StandardCharsets.UTF_8), NAME)));
        assertClear(e);
        assertTrue(e.getMessage().contains("in a circle") || e.getMessage().contains("to itself"), e.getMessage());
    }

    // ---- encodings ----

    /** Bytes that are never valid UTF-8 put inside a text of a sample. */
    @Property(tries = 300)
    void invalidUtf8IsRefused(@ForAll @IntRange(max = 99_999) int at, @ForAll("invalidUtf8") byte[] bad) {
        byte[] bytes = SAMPLES.get(1);
        List<Integer> quotes = new java.util.ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"' && i + 1 < bytes.length && Character.isLetter(bytes[i + 1])) {
                quotes.add(i + 1);
            }
        }
        int i = quotes.get(at % quotes.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, i);
        out.writeBytes(bad);
        out.write(bytes, i, bytes.length - i);
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartReader.read(out.toByteArray(), NAME));
        assertClear(e);
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xC3, 'x'}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    }

    @Example
    void aByteOrderMarkIsAllowedAndChangesNothing() throws Exception {
        for (byte[] sample : SAMPLES) {
            byte[] withBom = new byte[sample.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(sample, 0, withBom, 3, sample.length);
            assertEquals(ChartReader.read(sample, NAME), ChartReader.read(withBom, NAME));
            assertEquals(ChartReader.read(sample, NAME), ChartReader.read(new java.io.ByteArrayInputStream(withBom), NAME));
        }
    }

    // ---- size ----

    /**
     * A gigabyte arriving through a stream is refused at the size limit, having read no more
     * than the limit and without keeping it: the stream is made up as it is read, never stored.
     */
    @Example
    void aGigabyteStreamIsRefusedAtTheLimitWithoutBeingHeld() {
        for (String padding : List.of(" ", "1,")) {
            GeneratedStream gigabyte = new GeneratedStream(
                    "{\"format\": \"orgwright.chart\", \"version\": 1, \"padding\": [",
                    padding, "0]}", 1L << 30);
            ChartFormatException e = assertThrows(ChartFormatException.class,
                    () -> readWithin(Duration.ofSeconds(120), () -> ChartReader.read(gigabyte, NAME)));
            if (padding.equals(" ")) {
                assertEquals(NAME + ": The document is larger than 256 MB; Orgwright does not open charts that large.",
                        e.getMessage());
                assertTrue(gigabyte.delivered() <= ChartJson.MAX_BYTES + (1 << 17),
                        "read " + gigabyte.delivered() + " bytes of a gigabyte");
            } else {
                // Half a billion small numbers would fill the memory long before the size limit.
                assertClear(e);
                assertTrue(e.getMessage().contains("hold more than 2,000,000 values"), e.getMessage());
                assertTrue(gigabyte.delivered() < 64L << 20, "read " + gigabyte.delivered() + " bytes");
            }
        }
    }

    /** {@code head}, then {@code body} repeated up to {@code length} bytes, then {@code tail}; nothing stored. */
    static final class GeneratedStream extends InputStream {
        private final byte[] head;
        private final byte[] body;
        private final byte[] tail;
        private final long length;
        private final byte[] block;
        private long position;

        GeneratedStream(String head, String body, String tail, long length) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.body = body.getBytes(StandardCharsets.UTF_8);
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.length = length;
            int repeats = Math.max(1, (1 << 16) / this.body.length);
            this.block = new byte[repeats * this.body.length];
            for (int r = 0; r < repeats; r++) {
                System.arraycopy(this.body, 0, block, r * this.body.length, this.body.length);
            }
        }

        long delivered() {
            return position;
        }

        @Override
        public int read() {
            return position >= length ? -1 : byteAt(position++);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            int i = 0;
            while (i < n) {
                long p = position + i;
                long bodyEnd = length - tail.length;
                if (p >= head.length && p < bodyEnd) {
                    // the body in whole blocks: a gigabyte a byte at a time would be the slow part of the test
                    int from = (int) ((p - head.length) % body.length);
                    int count = (int) Math.min(Math.min(n - i, bodyEnd - p), block.length - from);
                    System.arraycopy(block, from, b, off + i, count);
                    i += count;
                } else {
                    b[off + i++] = (byte) byteAt(p);
                }
            }
            position += n;
            return n;
        }

        private int byteAt(long p) {
            if (p < head.length) {
                return head[(int) p] & 0xFF;
            }
            long fromEnd = length - p;
            if (fromEnd <= tail.length) {
                return tail[(int) (tail.length - fromEnd)] & 0xFF;
            }
            return body[(int) ((p - head.length) % body.length)] & 0xFF;
        }
    }
}
