package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.ui.export.FxPngExporter;
import dev.orgwright.ui.export.HeadlessFx;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * A team cut out of a chart with fields of its own ({@code --root}, a view with a root, a book of
 * one team) is drawn with those fields: a public field's values on its cards, a private field's
 * only when private values are asked for. The chart's card template and theme come along too.
 */
class SubtreeExportFieldsTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // TestFX owns the toolkit in this JVM; HeadlessFx then leaves it be
        HeadlessFx.start();
    }

    private Path chart() throws Exception {
        Path file = folder.resolve("fields.orgchart.json");
        Files.writeString(file, """
                {"format": "orgwright.chart", "version": 1, "title": "Fields",
                 "settings": {
                  "card": {"lines": ["title", "holder", "field:site", "field:email"]},
                  "theme": {"colourBy": "field:site"},
                  "views": [{"name": "Operations", "root": "coo"}]
                 },
                 "fields": [
                  {"id": "site", "name": "Site", "type": "text"},
                  {"id": "email", "name": "E-mail", "type": "text", "private": true}
                 ],
                 "positions": [
                  {"id": "ceo", "title": "Chief Executive Officer", "holder": "Nadia Haddad",
                   "fields": {"site": "Head Office Leeds", "email": "nadia@brightline.example"}},
                  {"id": "coo", "title": "Chief Operating Officer", "reportsTo": "ceo", "dottedLines": ["cfo"],
                   "fields": {"site": "Depot Wakefield", "email": "omar@brightline.example"}},
                  {"id": "cfo", "title": "Chief Financial Officer", "reportsTo": "ceo"},
                  {"id": "ops1", "title": "Head of Logistics", "reportsTo": "coo", "dottedLines": ["ops2"],
                   "fields": {"site": "Depot Halifax", "email": "lena@brightline.example"}},
                  {"id": "ops2", "title": "Head of Fleet", "reportsTo": "coo",
                   "fields": {"site": "Depot Bradford"}}
                 ]}""");
        return file;
    }

    private CliRun export(String out, String... options) throws Exception {
        String[] args = new String[options.length + 4];
        args[0] = "export";
        args[1] = chart().toString();
        args[2] = "--to";
        args[3] = folder.resolve(out).toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.of(args);
    }

    /** A PNG, drawn by JavaFX as {@code java -jar} draws it. */
    private int png(String out, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", chart().toString(), "--to", folder.resolve(out).toString()));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err),
                FxPngExporter::new);
        assertEquals("", err.toString());
        return code;
    }

    private String pdfText(String name) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(folder.resolve(name).toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static void assertTheTeamOnly(String text) {
        assertTrue(text.contains("Head of Logistics") && text.contains("Head of Fleet"), text);
        assertTrue(text.contains("Depot Halifax"), "the public field is on the cards: " + text);
        assertFalse(text.contains("Chief Executive Officer"), "the manager above is not in the team");
        assertFalse(text.contains("Head Office Leeds"));
        assertFalse(text.contains("brightline"), "a private value in the output");
    }

    @Test
    void everyDrawingOfATeamKeepsTheChartsFields() throws Exception {
        assertEquals(Cli.OK, png("team.png", "--root", "coo"));
        assertEquals(Cli.OK, png("view.png", "--view", "Operations"));
        BufferedImage image = ImageIO.read(folder.resolve("team.png").toFile());
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
        for (String out : new String[] {"team.svg", "team.pdf", "book.pdf"}) {
            CliRun run = out.startsWith("book") ? export(out, "--root", "coo", "--book") : export(out, "--root", "coo");
            assertEquals(0, run.exitCode(), out + ": " + run.err());
            assertTrue(Files.size(folder.resolve(out)) > 0, out);
        }
        assertTheTeamOnly(Files.readString(folder.resolve("team.svg"), StandardCharsets.UTF_8));
        assertTheTeamOnly(pdfText("team.pdf"));
        assertTheTeamOnly(pdfText("book.pdf"));
    }

    @Test
    void aViewWithARootKeepsTheFieldsAndPrivateValuesOnlyWhenAsked() throws Exception {
        CliRun run = export("view.svg", "--view", "Operations");
        assertEquals(0, run.exitCode(), run.err());
        String svg = Files.readString(folder.resolve("view.svg"), StandardCharsets.UTF_8);
        assertTheTeamOnly(svg);

        run = export("private.svg", "--view", "Operations", "--include-private");
        assertEquals(0, run.exitCode(), run.err());
        String withPrivate = Files.readString(folder.resolve("private.svg"), StandardCharsets.UTF_8);
        assertTrue(withPrivate.contains("lena@brightline.example"), "asked for, the private field is drawn");
        assertFalse(withPrivate.contains("nadia@brightline.example"), "the manager above is not in the team");

        run = export("book-private.pdf", "--view", "Operations", "--book", "--include-private");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(pdfText("book-private.pdf").contains("omar@brightline.example"));
    }
}
