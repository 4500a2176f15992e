package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Responsibility;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartWriterTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ChartWriterTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The chart of the golden file {@code canonical.orgchart.json}, built in code. */
    static Chart smallChart() throws InvalidChartException {
        Tier board = Tier.of("board", "Board", 1, List.of("Chair"), List.of());
        Tier senior = new Tier("senior", "Senior Management", 2, List.of(),
                List.of(new Responsibility("budgets", "Review the budgets", List.of("budget", "spending"),
                        UnknownFields.of(Map.of("x-source", "workshop")))),
                UnknownFields.of(Map.of("x-colour", "#1f6feb")));
        Position ceo = Position.of("ceo", "Chief Executive Officer", "senior")
                .withHolder("Maya Lindqvist")
                .withDuties(List.of(Duty.of("Sets the company strategy"),
                        Duty.linked("Reviews budgets\nevery quarter", "budgets")))
                .withNotes("Founder 😀");
        Position pa = Position.of("pa", "Assistant to the CEO", null)
                .withReportsTo(PositionId.of("ceo")).withAssistant(true);
        Map<String, Object> costCentre = new LinkedHashMap<>();
        costCentre.put("code", "F-100");
        costCentre.put("shares", Arrays.asList(new BigDecimal("0.5"), new BigInteger("12345678901234567890"), null, true));
        Position cfo = Position.of("cfo", "Chief Financial Officer", "senior")
                .withReportsTo(PositionId.of("ceo"))
                .withDepartment("Finance")
                .withDuties(List.of(new Duty("Keeps the books", null, UnknownFields.of(Map.of("x-weight", 2)))))
                .withDottedLines(List.of(PositionId.of("pa")))
                .withUnknownFields(UnknownFields.of(Map.of("x-cost-centre", costCentre)));
        return Chart.builder()
                .title("Acme \"leadership\"")
                .tiers(List.of(senior, board)) // the writer puts them in rank order
                .add(ceo).add(pa).add(cfo)
                .settings(Settings.NONE.with("rules.duty-tier.enabled", false))
                .unknownFields(UnknownFields.of(Map.of("x-exported-by", "hand")))
                .build();
    }

    @Test
    void writesTheExactCanonicalText() throws Exception {
        String expected = new String(resource("canonical.orgchart.json"), StandardCharsets.UTF_8);
        assertEquals(expected, new String(ChartWriter.toBytes(smallChart()), StandardCharsets.UTF_8));
    }

    @Test
    void theGoldenFileLoadsAsTheChartItWasWrittenFrom() throws Exception {
        byte[] golden = resource("canonical.orgchart.json");
        Chart loaded = ChartReader.read(golden, "canonical.orgchart.json");
        assertEquals(smallChart(), loaded);
        assertArrayEquals(golden, ChartWriter.toBytes(loaded));
    }

    @Test
    void aDutyWithoutLinkOrUnknownFieldsIsAPlainString() throws Exception {
        Chart chart = Chart.builder()
                .add(Position.of("a", "Head of Sales", null).withDuties(List.of(Duty.of("Sells"))))
                .build();
        String text = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
        assertTrue(text.contains("      \"duties\": [\n        \"Sells\"\n      ]\n"), text);
        assertFalse(text.contains("\"text\": \"Sells\""), text);
    }

    @Test
    void emptyFieldsAreLeftOutAndTiersAreAlwaysWritten() throws Exception {
        Chart chart = Chart.builder().add(Position.of("a", "Head of Sales", null)).build();
        String text = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
        String position = text.substring(text.indexOf("\"positions\""));
        assertEquals("\"positions\": [\n    {\n      \"id\": \"a\",\n      \"title\": \"Head of Sales\"\n    }\n  ]\n}\n",
                position);
        assertTrue(text.contains("\"tiers\": [\n    {\n      \"id\": \"senior\""), "the default tiers are written out");
    }

    @Test
    void unknownFieldsAreWrittenAfterTheKnownOnesInTheirOrder() throws Exception {
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("zeta", 1);
        unknown.put("alpha", List.of("b", "a"));
        unknown.put("mid", null);
        Chart chart = Chart.builder()
                .add(Position.of("a", "Head of Sales", null).withNotes("n").withUnknownFields(UnknownFields.of(unknown)))
                .build();
        String text = new String(ChartWriter.toBytes(chart), StandardCharsets.UTF_8);
        int notes = text.indexOf("\"notes\"");
        int zeta = text.indexOf("\"zeta\"");
        int alpha = text.indexOf("\"alpha\"");
        int mid = text.indexOf("\"mid\": null");
        assertTrue(notes < zeta && zeta < alpha && alpha < mid, text);
    }

    @Test
    void writesSpecialCharactersAsValidEscapedJson() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t nul \u0000 emoji 👩‍💼 line-sep \u2028";
        Chart chart = Chart.builder().title(nasty).add(Position.of("a", nasty, null).withHolder(nasty)).build();
        byte[] bytes = ChartWriter.toBytes(chart);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Jackson writes characters beyond the BMP as escaped surrogate pairs; that is valid JSON.
        assertTrue(text.contains("quote \\\" backslash \\\\ newline \\n tab \\t nul \\u0000 emoji "
                + "\\uD83D\\uDC69\u200D\\uD83D\\uDCBC line-sep \u2028"), text);
        assertEquals(chart, ChartReader.read(bytes, "nasty.orgchart.json"));
    }

    @Test
    void aChainOfOneHundredThousandPositionsSavesAndLoads() throws Exception {
        int n = 100_000;
        List<Position> chain = new ArrayList<>(n);
        chain.add(Position.of("p0", "Chief Executive Officer", "senior"));
        for (int i = 1; i < n; i++) {
            chain.add(Position.of("p" + i, "Manager " + i, "executive").withReportsTo(PositionId.of("p" + (i - 1))));
        }
        Chart chart = Chart.builder().addAll(chain).build();
        byte[] bytes = ChartWriter.toBytes(chart); // no StackOverflowError: everything is iterative
        Chart loaded = ChartReader.read(bytes, "chain.orgchart.json");
        assertEquals(n, loaded.size());
        assertEquals(n - 1, loaded.chainOfCommand(PositionId.of("p" + (n - 1))).size());
        assertEquals(chart, loaded);
        assertArrayEquals(bytes, ChartWriter.toBytes(loaded));
    }

    @Test
    void theSampleChartLoadsAndIsCanonical() throws Exception {
        Chart sample = SampleCharts.leadershipTeam();
        assertTrue(sample.size() > 0, "the sample has positions");
        assertArrayEquals(resource(SampleCharts.LEADERSHIP), ChartWriter.toBytes(sample),
                "the shipped sample is in the canonical form, so opening and saving it changes nothing");
    }
}
