package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --book} writes a PDF book on the paper asked for, without private values, and refuses other formats. */
class BookExportCommandTest {

    @TempDir
    Path folder;

    private Path chart() throws Exception {
        StringBuilder positions = new StringBuilder();
        positions.append("{\"id\": \"ceo\", \"title\": \"Chief Executive Officer\", \"holder\": \"Nadia Haddad\","
                + " \"cost\": 987654.32}");
        for (int i = 0; i < 12; i++) {
            positions.append(",\n{\"id\": \"head").append(i).append("\", \"title\": \"Head of Area ").append(i)
                    .append("\", \"reportsTo\": \"ceo\", \"cost\": 123456}");
            for (int k = 0; k < 9; k++) {
                positions.append(",\n{\"id\": \"lead").append(i).append('_').append(k).append("\", \"title\": \"Team Lead ")
                        .append(i).append('.').append(k).append("\", \"reportsTo\": \"head").append(i).append("\"}");
                for (int m = 0; m < 4; m++) {
                    positions.append(",\n{\"id\": \"staff").append(i).append('_').append(k).append('_').append(m)
                            .append("\", \"title\": \"Officer ").append(i).append('.').append(k).append('.').append(m)
                            .append("\", \"reportsTo\": \"lead").append(i).append('_').append(k).append("\"}");
                }
            }
        }
        Path file = folder.resolve("plan.orgchart.json");
        Files.writeString(file, "{\"format\": \"orgwright.chart\", \"version\": 1, \"title\": \"Plan\","
                + " \"settings\": {\"currency\": \"GBP\"}, \"positions\": [" + positions + "]}");
        return file;
    }

    @Test
    void writesABookOnA3PortraitWithEveryTitleAndNoCost() throws Exception {
        Path out = folder.resolve("book.pdf");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString(), "--book", "--paper", "A3",
                "--portrait");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote a book of"), run.out());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() > 2, pdf.getNumberOfPages() + " pages");
            assertEquals(841.89f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Officer 11.8.3"), "the last position");
            assertTrue(text.contains("→ p. "), "folded cards name their pages");
            for (String amount : new String[] {"987654", "987,654", "123456", "123,456"}) {
                assertFalse(text.contains(amount), "a cost in the book: " + amount);
            }
            assertTrue(pdf.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext());
        }
    }

    @Test
    void withAnalysisTheBookEndsWithTheAnalysisPageAndItsBookmark() throws Exception {
        Path plain = folder.resolve("plain.pdf");
        Path analysed = folder.resolve("analysed.pdf");
        assertEquals(0, CliRun.of("export", chart().toString(), "--to", plain.toString(), "--book").exitCode());
        CliRun run = CliRun.of("export", chart().toString(), "--to", analysed.toString(), "--book", "--analysis");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument without = Loader.loadPDF(plain.toFile()); PDDocument with = Loader.loadPDF(analysed.toFile())) {
            assertEquals(without.getNumberOfPages() + 1, with.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(with.getNumberOfPages());
            stripper.setEndPage(with.getNumberOfPages());
            String last = stripper.getText(with);
            assertTrue(last.contains("553"), "the analysis counts the 553 positions:\n" + last);
            assertFalse(last.contains("123456") || last.contains("123,456"), "no cost without --include-private");
            assertEquals("Analysis", with.getDocumentCatalog().getDocumentOutline().getLastChild().getTitle());
        }
    }

    @Test
    void aDepthOrAFoldedTeamStartsPagesOfTheirOwnAndLeavesNothingOut() throws Exception {
        Path out = folder.resolve("depth.pdf");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString(), "--book", "--depth", "2",
                "--collapse", "lead3_4");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertTrue(first.contains("Head of Area 11") && first.contains("→ p. "), first);
            assertFalse(first.contains("Team Lead"), "two levels on the first page: " + first);
            String text = new PDFTextStripper().getText(pdf);
            for (String title : new String[] {"Team Lead 0.0", "Officer 3.4.0", "Officer 11.8.3"}) {
                assertTrue(text.contains(title), title + " is in the book");
            }
            assertTrue(pageOf(pdf, "Officer 3.4.0") != pageOf(pdf, "Officer 3.3.0"),
                    "the folded team is not on its manager's page with its neighbours");
        }
    }

    private static int pageOf(PDDocument pdf, String title) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(pdf).contains(title)) {
                return i;
            }
        }
        return 0;
    }

    @Test
    void aBookIsAPdf() throws Exception {
        Path out = folder.resolve("book.svg");
        CliRun run = CliRun.of("export", chart().toString(), "--to", out.toString(), "--book");
        assertEquals(Cli.FAILED, run.exitCode());
        assertTrue(run.err().contains("--book writes a PDF"), run.err());
        assertFalse(Files.exists(out));
    }
}
