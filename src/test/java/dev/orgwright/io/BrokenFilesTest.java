package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken chart files: each {@code NAME.orgchart.json} has a sibling
 * {@code NAME.expected} with the exact message a user sees. A message that reads badly is fixed
 * in the reader, not enshrined here.
 */
class BrokenFilesTest {

    private static final String EXPECTED = ".expected";

    static Path corpus() {
        try {
            return Path.of(BrokenFilesTest.class.getResource("broken").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.getFileName().toString().endsWith(ChartFiles.EXTENSION)).sorted().toList();
        }
    }

    private static String expectedMessage(Path chartFile) throws IOException {
        String name = chartFile.getFileName().toString();
        Path expected = chartFile.resolveSibling(name.substring(0, name.length() - ChartFiles.EXTENSION.length()) + EXPECTED);
        String text = Files.readString(expected, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void loadingGivesTheExactMessage(Path file) throws IOException {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartFiles.load(file));
        assertEquals(expectedMessage(file), e.getMessage());
        assertEquals(file.getFileName().toString(), e.source());
        assertTrue(e.getMessage().endsWith("."), "a message is a sentence: " + e.getMessage());
        assertEquals(e.getMessage(), e.problems().get(0), "the first problem is the one of the message");
    }

    /** The byte and stream entry points behave exactly like the file one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void everyEntryPointThrowsOnlyChartFormatException(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String expected = expectedMessage(file);
        assertAll(
                () -> assertEquals(expected,
                        assertThrows(ChartFormatException.class, () -> ChartReader.read(bytes, name)).getMessage()),
                () -> assertEquals(expected, assertThrows(ChartFormatException.class,
                        () -> ChartReader.read(new ByteArrayInputStream(bytes), name)).getMessage()));
    }

    @Test
    void theCorpusIsCompleteAndLargeEnough() throws IOException {
        List<Path> charts = brokenFiles();
        assertTrue(charts.size() >= 35, "only " + charts.size() + " broken files");
        try (Stream<Path> all = Files.list(corpus())) {
            List<String> orphans = all.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(EXPECTED))
                    .filter(n -> !Files.exists(corpus().resolve(n.replace(EXPECTED, ChartFiles.EXTENSION))))
                    .toList();
            assertEquals(List.of(), orphans, "expected messages without a chart file");
        }
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            assertTrue(Files.exists(chart.resolveSibling(name.replace(ChartFiles.EXTENSION, EXPECTED))),
                    name + " has no " + EXPECTED + " file");
        }
    }
}
