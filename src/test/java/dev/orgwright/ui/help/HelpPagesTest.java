package dev.orgwright.ui.help;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The bundled help: every page there, with a title and text, written in every language with the
 * English page's shape, and naming only menus, commands and buttons the window really shows.
 */
class HelpPagesTest {

    @Test
    void everyPageOfTheContentsHasATitleAndText() {
        List<HelpPage> pages = HelpPages.load(Locale.ENGLISH);
        assertEquals(List.of("getting-started", "editing", "tiers-and-findings", "import", "export", "scenarios",
                "keyboard", "accessibility"), pages.stream().map(HelpPage::id).toList());
        for (HelpPage p : pages) {
            assertFalse(p.title().equals(p.id()), p.id() + " has no '# Title' line");
            assertTrue(p.blocks().size() >= 3, p.id() + " says too little");
        }
    }

    @Test
    void everyLanguageGetsEveryPage() {
        for (Locale language : Messages.SUPPORTED) {
            assertEquals(8, HelpPages.load(language).size(), language.toString());
        }
    }

    @Test
    void aTranslatedPageIsShownInItsLanguageAndAnUntranslatedOneInEnglish() {
        List<HelpPage> german = HelpPages.load(Locale.GERMAN);
        List<HelpPage> english = HelpPages.load(Locale.ENGLISH);
        assertEquals("Erste Schritte", german.get(0).title());
        assertEquals(english.get(0).blocks().size(), german.get(0).blocks().size(), "the same page, translated");
        assertEquals("Premiers pas", HelpPages.load(Locale.FRENCH).get(0).title());
        assertEquals("Primeros pasos", HelpPages.load(Locale.forLanguageTag("es")).get(0).title());
        assertEquals("Das Organigramm bearbeiten", german.get(1).title());
        assertEquals(english, HelpPages.load(Locale.ITALIAN), "a language without pages gets the English ones");
    }

    @Test
    void everyEnglishPageIsWrittenInEverySupportedLanguage() {
        for (Locale language : Messages.SUPPORTED) {
            for (String id : ids()) {
                assertTrue(source(language, id).isPresent(),
                        "the help page " + id + " is not written in " + language.getDisplayLanguage(Locale.ENGLISH));
            }
        }
    }

    @Test
    void aTranslatedPageHasTheHeadingsBlocksAndLabelsOfTheEnglishOne() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (String id : ids()) {
            String english = source(Locale.ENGLISH, id).orElseThrow();
            HelpLabels.Found englishLabels = HelpLabels.check(HelpPage.parse(id, english), bundle(Locale.ENGLISH));
            for (Locale language : Messages.SUPPORTED.subList(1, Messages.SUPPORTED.size())) {
                String where = language + "/" + id + ".md";
                String translated = source(language, id).orElseThrow();
                HelpLabels.Found labels = HelpLabels.check(HelpPage.parse(id, translated), bundle(language));
                checks.add(() -> assertEquals(headingsPerLevel(english), headingsPerLevel(translated),
                        where + ": headings per level"));
                checks.add(() -> assertEquals(blocksPerKind(HelpPage.parse(id, english)),
                        blocksPerKind(HelpPage.parse(id, translated)), where + ": paragraphs and bullets"));
                checks.add(() -> assertEquals(englishLabels.paths(), labels.paths(), where + ": menu paths (Menu → Command)"));
                checks.add(() -> assertEquals(englishLabels.quoted(), labels.quoted(), where + ": quoted labels"));
            }
        }
        assertAll(checks);
    }

    @Test
    void everyMenuPathAndQuotedLabelIsOneTheWindowShowsInThatLanguage() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Locale language : Messages.SUPPORTED) {
            Properties bundle = bundle(language);
            for (String id : ids()) {
                HelpLabels.Found labels = HelpLabels.check(HelpPage.parse(id, source(language, id).orElseThrow()), bundle);
                labels.wrong().forEach(w -> wrong.add(language + "/" + id + ".md: " + w));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLabelCheckFindsAMenuOrCommandOrButtonTheWindowDoesNotHave() throws IOException {
        Properties german = bundle(Locale.GERMAN);
        HelpLabels.Found right = HelpLabels.check(HelpPage.parse("p", "# T\n\nDatei → Exportieren schreibt, "
                + "Ansicht → Textgröße → Größerer Text vergrößert, „Schließen“ schließt, Bearbeiten → Suchen (Ctrl+F) sucht."),
                german);
        assertEquals(List.of(), right.wrong());
        assertEquals(3, right.paths());
        assertEquals(1, right.quoted());
        assertEquals(1, wrongIn("Datei → Exportiern schreibt das Organigramm.", german).size(), "a misspelt command");
        assertEquals(1, wrongIn("Datei → Export schreibt das Organigramm.", german).size(), "an English command");
        assertEquals(1, wrongIn("Dateien → Exportieren schreibt das Organigramm.", german).size(), "a wrong menu");
        assertEquals(1, wrongIn("Ansicht → Textgröße → Riesiger Text hilft.", german).size(), "a wrong command in a submenu");
        assertEquals(1, wrongIn("Wählen Sie „Schliessen“.", german).size(), "a misspelt button");
        assertEquals(1, wrongIn("Die Vorlage „Leadership team“ hilft.", german).size(), "an untranslated name");
        assertEquals(1, wrongIn("Datei → Neu aus der Vorlage „Leadership team“ hilft.", german).size(),
                "a quotation inside a command is checked with the command: Neu is a command, the quotation is not");
        assertEquals(List.of(), wrongIn("Datei → Neu aus der Vorlage „Führungsteam“ hilft.", german));
        assertEquals(List.of(), wrongIn("Choose « Fermer » ou Échap.", bundle(Locale.FRENCH)));
        assertEquals(List.of(), wrongIn("Pulse «Cerrar» o Esc.", bundle(Locale.forLanguageTag("es"))));
        assertEquals(1, wrongIn("Pulse «Cerar» o Esc.", bundle(Locale.forLanguageTag("es"))).size());
        assertEquals(1, wrongIn("Press \"Keep the Scenarios\".", bundle(Locale.ENGLISH)).size());
    }

    private static List<String> wrongIn(String paragraph, Properties bundle) {
        return HelpLabels.check(HelpPage.parse("p", "# T\n\n" + paragraph), bundle).wrong();
    }

    /** The pages of the table of contents, by their file names. */
    private static List<String> ids() {
        return HelpPages.load(Locale.ENGLISH).stream().map(HelpPage::id).toList();
    }

    /** The page {@code id} as written in {@code language}'s own folder, without the English stand-in. */
    private static Optional<String> source(Locale language, String id) {
        try (InputStream in = HelpPagesTest.class.getResourceAsStream(
                "/dev/orgwright/ui/help/" + language.getLanguage() + "/" + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many headings of each level ({@code #} is 1, {@code ##} is 2, …) the Markdown has. */
    private static Map<Integer, Long> headingsPerLevel(String markdown) {
        return markdown.lines().map(String::strip).map(Pattern.compile("^(#+)\\s")::matcher).filter(Matcher::find)
                .collect(Collectors.groupingBy(m -> m.group(1).length(), TreeMap::new, Collectors.counting()));
    }

    private static Map<HelpPage.Kind, Long> blocksPerKind(HelpPage page) {
        return page.blocks().stream().collect(Collectors.groupingBy(HelpPage.Block::kind, TreeMap::new,
                Collectors.counting()));
    }

    /** The window's texts in {@code language}, as the program reads them (UTF-8). */
    private static Properties bundle(Locale language) throws IOException {
        String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
        Properties p = new Properties();
        try (InputStream in = HelpPagesTest.class.getResourceAsStream("/dev/orgwright/ui/messages" + suffix + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void theMarkdownSubsetReadsHeadingsBulletsAndJoinedParagraphs() {
        HelpPage page = HelpPage.parse("p", "# Title\n\nFirst line\nsecond line.\n\n## Part\n- one\n- two\nAfter.");
        assertEquals("Title", page.title());
        assertEquals(List.of(new HelpPage.Block(HelpPage.Kind.PARAGRAPH, "First line second line."),
                new HelpPage.Block(HelpPage.Kind.HEADING, "Part"), new HelpPage.Block(HelpPage.Kind.BULLET, "one"),
                new HelpPage.Block(HelpPage.Kind.BULLET, "two"), new HelpPage.Block(HelpPage.Kind.PARAGRAPH, "After.")),
                page.blocks());
    }

    @Test
    void aSearchKeepsThePagesWithEveryWordAndMarksTheBlocksWithOne() {
        HelpPage page = HelpPage.parse("p", "# Moving\n\nDrag a card.\n\nHold Alt for a dotted line.");
        assertTrue(page.matches("DOTTED alt"));
        assertFalse(page.matches("dotted budget"));
        assertTrue(page.matches("  "), "an empty search keeps every page");
        assertFalse(HelpPage.blockMatches(page.blocks().get(0), "dotted"));
        assertTrue(HelpPage.blockMatches(page.blocks().get(1), "dotted"));
    }
}
