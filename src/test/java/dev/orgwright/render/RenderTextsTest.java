package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.TextBundleAudit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The renderer's texts: complete in English, German, French and Spanish, every key used, and no
 * word drawn into a picture, a deck or a book left as a literal in the code.
 */
class RenderTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/render");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/render");

    /**
     * Files whose texts for people are still literals, to be moved into the bundle; the list may
     * only shrink (a file with no literal text left must leave it).
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();
    /**
     * Files whose literals are not texts shown: font names and PDF operators, sample text
     * measured, the names of shapes inside a deck (read by tools, not people), and the lines of
     * the log of characters a font could not draw.
     */
    private static final Set<String> NOT_TEXTS = Set.of("ExportFonts.java", "SystemFonts.java", "PdfSurface.java", "PdfFonts.java",
            "SvgSurface.java", "Pptx.java");
    /**
     * Literals that are names, not texts: the product's name in a document's properties, and the
     * name of a paper size ("Letter", which the export dialog lists and the command line reads), the
     * names of a deck's shapes (the selection pane of the presentation program and the tests find
     * shapes by them; the texts inside the shapes come from the bundle).
     */
    private static final Set<String> NAMES = Set.of("Orgwright", "Letter", "Title", "Heading", "Note", "Footer",
            "Slide number", "Tier colour", "Tier band", "Photo", "Vacant sample", "Reference sample", "Line sample",
            "Dotted line sample", "Label", "Table", "Reporting line: ", "Dotted line: ");

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        assertEquals(List.of(), TextBundleAudit.incompleteness(TextBundleAudit.bundles(BUNDLES)));
    }

    @Test
    void everyKeyIsUsedByTheRenderer() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        assertEquals(List.of(), TextBundleAudit.unused(english, TextBundleAudit.literals(SOURCES), k -> false));
    }

    @Test
    void noDrawnWordIsLeftAsALiteralOutsideTheFilesStillToMove() throws Exception {
        List<String> left = new ArrayList<>();
        Set<String> stillLiteral = new TreeSet<>();
        for (Path file : TextBundleAudit.literals(SOURCES).keySet()) {
            String name = file.getFileName().toString();
            if (NOT_TEXTS.contains(name)) {
                continue;
            }
            String code = TextBundleAudit.withoutExceptionMessages(Files.readString(file));
            for (String literal : TextBundleAudit.literalsOf(code)) {
                if (NAMES.contains(literal)) {
                    continue;
                }
                if (TextBundleAudit.isProse(literal) || WORD.matcher(literal).matches()) {
                    if (NOT_YET_MOVED.contains(name)) {
                        stillLiteral.add(name);
                    } else {
                        left.add(name + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), left, "texts for people belong in dev/orgwright/render/messages*.properties");
        assertEquals(new TreeSet<>(NOT_YET_MOVED), stillLiteral, "a file whose texts are all moved leaves NOT_YET_MOVED");
    }

    @Test
    void theLegendIsHeadedInTheChosenLanguage() {
        dev.orgwright.model.Chart chart = dev.orgwright.io.SampleCharts.leadershipTeam();
        try {
            dev.orgwright.model.Messages.setLocale(java.util.Locale.GERMAN);
            assertEquals("Ebenen", CardColouring.of(Theme.LIGHT, chart, null, false).legendTitle());
            dev.orgwright.model.Messages.setLocale(java.util.Locale.FRENCH);
            assertEquals("Niveaux", CardColouring.of(Theme.LIGHT, chart, null, false).legendTitle());
        } finally {
            dev.orgwright.model.Messages.setLocale(java.util.Locale.ENGLISH);
        }
        assertEquals("Tiers", CardColouring.of(Theme.LIGHT, chart, null, false).legendTitle());
    }

    @Test
    void pageWordsAndLostCharactersFollowTheLanguage() {
        var setup = new dev.orgwright.render.export.PageSetup(dev.orgwright.render.export.PageSetup.Paper.A4, true, 3, 2);
        var lost = new dev.orgwright.render.export.UndrawnText("7", "Zoë \uD83D\uDE80", "\uD83D\uDE80");
        assertEquals("A4 landscape, 3 × 2 pages", setup.toString());
        assertEquals("position 7: \"Zoë \uD83D\uDE80\" lost \uD83D\uDE80 (U+1F680); no font on this computer draws it.",
                lost.describe());
        try {
            dev.orgwright.model.Messages.setLocale(java.util.Locale.GERMAN);
            assertEquals("A4 quer, 3 × 2 Seiten", setup.toString());
            dev.orgwright.model.Messages.setLocale(java.util.Locale.forLanguageTag("es"));
            assertEquals("A4 vertical, una página",
                    new dev.orgwright.render.export.PageSetup(dev.orgwright.render.export.PageSetup.Paper.A4, false, 1, 1).toString());
            dev.orgwright.model.Messages.setLocale(java.util.Locale.FRENCH);
            assertEquals("poste 7 : « Zoë \uD83D\uDE80 » a perdu \uD83D\uDE80 (U+1F680) ; aucune police de cet ordinateur"
                    + " ne peut l'afficher.", lost.describe());
        } finally {
            dev.orgwright.model.Messages.setLocale(java.util.Locale.ENGLISH);
        }
    }

    /** A single capitalised word ("Tiers", "Holder"), which the prose pattern does not catch. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
}
