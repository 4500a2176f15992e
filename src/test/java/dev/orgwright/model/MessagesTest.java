package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages texts = Messages.bundle("dev.orgwright.model.testmessages", MessagesTest.class);

    @Test
    void placeholdersTakeArgumentsAndNumbersFollowTheLanguage() {
        assertEquals("Hello, Ada", texts.in(Locale.ENGLISH, "greeting", "Ada"));
        assertEquals("Hallo, Ada", texts.in(Locale.GERMAN, "greeting", "Ada"));
        assertEquals("12,345 positions", texts.in(Locale.ENGLISH, "count", 12345));
        assertEquals("12.345 Positionen", texts.in(Locale.GERMAN, "count", 12345));
    }

    @Test
    void apostrophesAndBracesThatAreNoPlaceholderStayAsWritten() {
        assertEquals("The chart's 3 {x}", texts.in(Locale.ENGLISH, "quote", 3));
        assertEquals("Die Organigramm-Datei l'a", texts.in(Locale.GERMAN, "quote", "a"));
    }

    @Test
    void aKeyMissingInALanguageFallsBackToEnglishNotToTheMachinesLanguage() {
        assertEquals("Only in English", texts.in(Locale.GERMAN, "only.english"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Hello, Ada", texts.in(Locale.JAPANESE, "greeting", "Ada"));
        } finally {
            Locale.setDefault(before);
        }
        assertEquals("!no.such.key!", texts.in(Locale.ENGLISH, "no.such.key"));
        assertTrue(texts.has("greeting"));
        assertFalse(texts.has("no.such.key"));
    }

    @Test
    void anUnsupportedLanguageMeansEnglish() {
        assertEquals(Locale.ENGLISH, Messages.supported(Locale.JAPANESE));
        assertEquals(Locale.GERMAN, Messages.supported(Locale.GERMANY));
        assertEquals("es", Messages.supported(Locale.forLanguageTag("es-MX")).getLanguage());
        assertEquals(Locale.ENGLISH, Messages.supported(null));
    }
}
