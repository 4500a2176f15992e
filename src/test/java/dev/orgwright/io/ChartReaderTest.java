package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartReaderTest {

    private static final String HEAD = "{\n  \"format\": \"orgwright.chart\",\n  \"version\": 1,\n";

    @TempDir
    Path folder;

    private static Chart read(String json) throws ChartFormatException {
        return ChartReader.read(json.getBytes(StandardCharsets.UTF_8), "test.orgchart.json");
    }

    @Test
    void keepsUnknownFieldsInTheirOrderAtEveryLevel() throws Exception {
        Chart chart = read(HEAD + """
                  "zz-chart": 1, "tiers": [{"id": "t", "name": "Tier", "rank": 1, "zz-tier": [1, 2],
                    "responsibilities": [{"id": "r", "text": "Do it", "zz-responsibility": {"b": 1, "a": 2}}],
                    "aa-tier": null}],
                  "positions": [{"zz-position": true, "id": "p", "title": "Head", "tier": "t",
                    "duties": [{"zz-duty": "x", "text": "Does it", "responsibility": "r", "aa-duty": 0.10}],
                    "aa-position": "last"}],
                  "aa-chart": {"z": [], "a": {}}
                }
                """);
        assertEquals(List.of("zz-chart", "aa-chart"), List.copyOf(chart.unknownFields().asMap().keySet()));
        assertEquals(Map.of("z", List.of(), "a", Map.of()), chart.unknownFields().asMap().get("aa-chart"));
        var tier = chart.tier("t").orElseThrow();
        assertEquals(List.of("zz-tier", "aa-tier"), List.copyOf(tier.unknownFields().asMap().keySet()));
        Map<?, ?> nested = (Map<?, ?>) tier.responsibilities().get(0).unknownFields().asMap().get("zz-responsibility");
        assertEquals(List.of("b", "a"), List.copyOf(nested.keySet()));
        Position p = chart.position(PositionId.of("p"));
        assertEquals(List.of("zz-position", "aa-position"), List.copyOf(p.unknownFields().asMap().keySet()));
        Duty duty = p.duties().get(0);
        assertEquals("r", duty.responsibilityId());
        assertEquals(List.of("zz-duty", "aa-duty"), List.copyOf(duty.unknownFields().asMap().keySet()));
        assertEquals(new BigDecimal("0.10"), duty.unknownFields().asMap().get("aa-duty"), "decimals keep their digits");
    }

    @Test
    void numbersInUnknownFieldsKeepTheirExactValue() throws Exception {
        Chart chart = read(HEAD + """
                  "positions": [],
                  "n": [7, 3000000000, 123456789012345678901234567890, 1.5e300, -0.0]
                }
                """);
        assertEquals(List.of(7, 3_000_000_000L, new BigInteger("123456789012345678901234567890"),
                new BigDecimal("1.5e300"), new BigDecimal("-0.0")), chart.unknownFields().asMap().get("n"));
    }

    @Test
    void reportsToNullOrEmptyOrBlankMakesARoot() throws Exception {
        Chart chart = read(HEAD + """
                  "positions": [
                    {"id": "a", "title": "Chief Executive Officer", "reportsTo": null},
                    {"id": "b", "title": "Chair", "reportsTo": ""},
                    {"id": "c", "title": "Founder", "reportsTo": "  "}
                  ]
                }
                """);
        assertEquals(List.of(PositionId.of("a"), PositionId.of("b"), PositionId.of("c")), chart.roots());
        assertNull(chart.position(PositionId.of("c")).reportsTo());
    }

    @Test
    void withoutTiersTheChartHasTheDefaultTemplate() throws Exception {
        Chart chart = read(HEAD + "  \"positions\": [{\"id\": \"ceo\", \"title\": \"CEO\", \"tier\": \"senior\"}]\n}\n");
        assertEquals(Templates.leadershipTeam(), chart.tiers());
        assertEquals("Untitled chart", chart.title());
    }

    @Test
    void anEmptyTierListMeansNoTiers() throws Exception {
        Chart chart = read(HEAD + "  \"tiers\": [],\n  \"positions\": []\n}\n");
        assertEquals(List.of(), chart.tiers());
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
        byte[] document = (HEAD + "  \"title\": \"Équipe\",\n  \"positions\": []\n}\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[document.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(document, 0, withBom, 3, document.length);
        Path file = folder.resolve("bom.orgchart.json");
        Files.write(file, withBom);
        assertEquals("Équipe", ChartFiles.load(file).title());
    }

    @Test
    void aMessageGivesThePlaceAndTheReasonSeparately() {
        ChartFormatException e = assertThrows(ChartFormatException.class,
                () -> read(HEAD + "  \"positions\": [\n    {\"id\": \"a\", \"title\": 3}\n  ]\n}\n"));
        assertEquals("test.orgchart.json", e.source());
        assertEquals(Optional.of(5), e.line());
        assertEquals(Optional.of(26), e.column());
        assertEquals("The \"title\" of position 'a' must be a text, not a number.", e.reason());
    }

    @Test
    void everyStructuralProblemIsListedWithItsPlace() {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> read(HEAD + """
                  "positions": [
                    {"id": "a", "title": "Head of Sales", "reportsTo": "x"},
                    {"id": "b", "title": "Head of Support", "reportsTo": "y"}
                  ]
                }
                """));
        assertEquals("test.orgchart.json, line 5, column 5: Position 'a' ('Head of Sales') reports to 'x',"
                + " which is not in the chart. (1 more problem in this file)", e.getMessage());
        assertEquals(List.of(
                "test.orgchart.json, line 5, column 5: Position 'a' ('Head of Sales') reports to 'x', which is not in the chart.",
                "test.orgchart.json, line 6, column 5: Position 'b' ('Head of Support') reports to 'y', which is not in the chart."),
                e.problems());
    }

    @Test
    void aFolderIsNotAChart() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("charts.orgchart.json"));
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartFiles.load(sub));
        assertEquals("charts.orgchart.json: This is a folder, not a chart file.", e.getMessage());
    }

    @Test
    void aMissingFileSaysSoWithItsPath() {
        Path missing = folder.resolve("gone.orgchart.json");
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartFiles.load(missing));
        assertEquals("gone.orgchart.json: The file does not exist (" + missing + ").", e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeWithoutBeingRead() throws Exception {
        Path huge = folder.resolve("huge.orgchart.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ChartJson.MAX_BYTES + 1); // sparse: costs no disk space, and reading it would cost 256 MB
        }
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartFiles.load(huge));
        assertEquals("huge.orgchart.json: The file is 268.4 MB; Orgwright opens charts of up to 256 MB."
                + " Is this really a chart?", e.getMessage());
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < ChartJson.MAX_BYTES / 2, "the file was not read into memory");
    }

    @Test
    void aFileOfZeroBytesIsReadAndRefusedAsDamaged() throws Exception {
        Path blank = folder.resolve("blank.orgchart.json");
        try (RandomAccessFile f = new RandomAccessFile(blank.toFile(), "rw")) {
            f.setLength(1024); // zeros: not JSON
        }
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartFiles.load(blank));
        assertEquals("blank.orgchart.json, line 1, column 2: This is not valid JSON: it contains a control character"
                + " (code 0) between its values; the file may be damaged.", e.getMessage());
    }

    @Test
    void aStreamLargerThanTheLimitIsRefused() {
        java.io.InputStream endless = new java.io.InputStream() {
            private long left = ChartJson.MAX_BYTES + 10;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = (int) Math.min(len, Math.max(0, left));
                if (n == 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> ChartReader.read(endless, "pipe"));
        assertEquals("pipe: The document is larger than 256 MB; Orgwright does not open charts that large.",
                e.getMessage());
    }
}
