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

/**
 * A private field's values stay out of every drawing of the chart: an SVG and a PDF of it hold
 * its titles and holders, never those values; stats does not print them either.
 */
class PrivateFieldExportTest {

    private static final String[] PRIVATE_VALUES = {"nadia.haddad@brightline.example", "+44 113 496 0000",
            "1971-03-12", "Band 9"};

    @TempDir
    Path folder;

    private Path chart() throws Exception {
        Path file = folder.resolve("people.orgchart.json");
        Files.writeString(file, """
                {"format": "orgwright.chart", "version": 1, "title": "People",
                 "fields": [
                  {"id": "email", "name": "E-mail", "type": "text", "private": true},
                  {"id": "phone", "name": "Phone", "type": "text", "private": true},
                  {"id": "born", "name": "Birth date", "type": "date", "private": true},
                  {"id": "band", "name": "Pay band", "type": "choice", "private": true, "choices": ["Band 8", "Band 9"]}
                 ],
                 "positions": [
                  {"id": "ceo", "title": "Chief Executive Officer", "holder": "Nadia Haddad",
                   "fields": {"email": "nadia.haddad@brightline.example", "phone": "+44 113 496 0000",
                              "born": "1971-03-12", "band": "Band 9"}},
                  {"id": "cfo", "title": "Chief Financial Officer", "reportsTo": "ceo"}
                 ]}""");
        return file;
    }

    private static void assertNoPrivateValue(String text) {
        assertTrue(text.contains("Chief Financial Officer"), "the output holds the chart: " + text);
        for (String value : PRIVATE_VALUES) {
            assertFalse(text.contains(value), "a private value in the output: " + value);
        }
        assertFalse(text.contains("brightline"), "a part of a private value in the output");
    }

    @Test
    void anSvgHoldsNoPrivateValue() throws Exception {
        Path out = folder.resolve("people.svg");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertNoPrivateValue(Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aPdfHoldsNoPrivateValue() throws Exception {
        Path out = folder.resolve("people.pdf");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertNoPrivateValue(new PDFTextStripper().getText(pdf));
        }
    }

    @Test
    void statsPrintsNoPrivateValue() throws Exception {
        for (String[] args : new String[][] {{"stats", chart().toString()}, {"stats", "--json", chart().toString()}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), run.err());
            for (String value : PRIVATE_VALUES) {
                assertFalse(run.out().contains(value), "a private value in stats: " + value);
            }
        }
    }
}
