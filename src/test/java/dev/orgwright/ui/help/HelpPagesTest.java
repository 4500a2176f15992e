package dev.orgwright.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled help: every page there, with a title and text, in every language (English where not translated). */
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
        assertEquals(english.get(1), german.get(1), "no German editing page yet: the English one stands in");
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
