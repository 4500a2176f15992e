package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFixtures;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Validator;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deck opened by another program: LibreOffice Impress converts a written deck to PDF, which it
 * does only for a file it can read without repair, and the PDF has a page per slide with every
 * card's title as text. Runs where LibreOffice Impress is installed ({@code .ci/run} installs it
 * on Debian); elsewhere it is skipped with a message saying what to install.
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void libreOfficeOpensTheDeckAndPrintsEverySlideWithTheCardsTexts() throws Exception {
        String soffice = findSoffice();
        assumeTrue(soffice != null, "LibreOffice Impress is not installed (Debian: apt-get install"
                + " libreoffice-impress-nogui), so the deck's round trip through it is not checked here.");
        Chart chart = ExportFixtures.tricky();
        Path deck = folder.resolve("tricky.pptx");
        DeckWriter.Summary summary;
        try (OutputStream out = Files.newOutputStream(deck)) {
            summary = new DeckWriter(new ExportFonts(), Theme.LIGHT).write(chart,
                    Validator.withDefaultRules().validate(chart),
                    DeckOptions.defaults().withFindings(true).withDate(LocalDate.of(2025, 3, 31)), out);
        }

        Path pdf = convert(soffice, deck);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(summary.slides(), doc.getNumberOfPages(), "a PDF page per slide");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (Position p : chart.inTreeOrder()) {
                assertTrue(text.contains(p.title().replaceAll("\\s+", " ")), "'" + p.title() + "' in the PDF: " + text);
            }
        }
    }

    /**
     * Cards whose titles and duties are far too long for them: LibreOffice draws every letter of
     * the overview inside a card (the lines the deck broke them into, none broken again past the
     * card's bottom), and the cut title ends with "…".
     */
    @Test
    void libreOfficeDrawsEveryLetterOfLongCardTextsInsideItsCard() throws Exception {
        String soffice = findSoffice();
        assumeTrue(soffice != null, "LibreOffice Impress is not installed (Debian: apt-get install"
                + " libreoffice-impress-nogui), so the deck's round trip through it is not checked here.");
        Chart chart = DeckCardTextWrapTest.longTexts();
        Path deck = folder.resolve("long.pptx");
        DeckOptions options = DeckOptions.defaults().withDuties(true).withLegend(false);
        try (OutputStream out = Files.newOutputStream(deck)) {
            new DeckWriter(new ExportFonts(), Theme.LIGHT).write(chart, Validator.withDefaultRules().validate(chart),
                    options, out);
        }
        List<Rectangle2D> cards = new ArrayList<>();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(deck))) {
            for (XSLFShape s : show.getSlides().get(1).getShapes()) {
                if (s.getShapeName().startsWith(ChartSlideWriter.CARD)) {
                    cards.add(s.getAnchor());
                }
            }
        }
        assertEquals(chart.size(), cards.size(), "the overview shows every card");

        Path pdf = convert(soffice, deck);

        DeckFrame frame = new DeckFrame(options.size());
        List<TextPosition> letters = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    letters.addAll(positions);
                    text.append(string).append('\n');
                }
            };
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            stripper.getText(doc);
        }
        int inArea = 0;
        for (TextPosition letter : letters) {
            double x = letter.getXDirAdj();
            double baseline = letter.getYDirAdj();
            if (baseline < frame.areaY() || baseline > frame.areaY() + frame.areaHeight() || letter.getUnicode().isBlank()) {
                continue; // the heading and the footer
            }
            inArea++;
            Rectangle2D glyph = new Rectangle2D.Double(x, baseline - letter.getHeightDir(), letter.getWidthDirAdj(),
                    letter.getHeightDir());
            assertTrue(cards.stream().anyMatch(c -> c.contains(glyph)), "'" + letter.getUnicode() + "' at (" + x + ", "
                    + baseline + ") lies inside a card " + cards + "; the slide reads: " + text);
        }
        assertTrue(inArea > 100, "the cards' letters were found: " + inArea);
        assertTrue(text.toString().contains("Acquisitions and the Integration of…"), text.toString());
    }

    private Path convert(String soffice, Path deck) throws IOException, InterruptedException {
        // A profile of its own, so that a LibreOffice the user has open does not take the job.
        Path profile = folder.resolve("profile");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", folder.toString(), deck.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String name = deck.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertTrue(finished && process.exitValue() == 0 && Files.size(pdf) > 0,
                "LibreOffice could not convert the deck: " + Files.readString(folder.resolve("soffice.log")));
        return pdf;
    }

    /** The soffice program, when LibreOffice with its presentation part is installed; else null. */
    private static String findSoffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate) && impressInstalled(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Calc alone cannot open a deck: Impress (its slide show library) must be beside the program. */
    private static boolean impressInstalled(Path soffice) {
        try {
            Path program = soffice.toRealPath().getParent();
            try (var files = Files.list(program)) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith("libslideshowlo"));
            }
        } catch (IOException e) {
            return false;
        }
    }
}
