package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A position's cost is private: an SVG or PDF of the chart holds its titles, never its costs. */
class CostPrivacyExportTest {

    @TempDir
    Path folder;

    private Path chart() throws Exception {
        Path file = folder.resolve("plan.orgchart.json");
        Files.writeString(file, """
                {"format": "orgwright.chart", "version": 1, "title": "Plan", "settings": {"currency": "GBP"},
                 "positions": [
                  {"id": "ceo", "title": "Chief Executive Officer", "holder": "Nadia Haddad", "cost": 987654.32},
                  {"id": "cfo", "title": "Chief Financial Officer", "reportsTo": "ceo", "fte": 0.5, "cost": 123456,
                   "status": "planned"}
                 ]}""");
        return file;
    }

    private static void assertNoCost(String text) {
        assertTrue(text.contains("Chief Financial Officer"), "the export holds the chart: " + text);
        for (String amount : new String[] {"987654", "987,654", "987 654", "123456", "123,456", "123 456"}) {
            assertFalse(text.contains(amount), "a cost in the export: " + amount);
        }
    }

    @Test
    void anSvgHoldsNoCost() throws Exception {
        Path out = folder.resolve("plan.svg");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertNoCost(Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aPdfHoldsNoCost() throws Exception {
        Path out = folder.resolve("plan.pdf");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertNoCost(new PDFTextStripper().getText(pdf));
        }
    }
}
