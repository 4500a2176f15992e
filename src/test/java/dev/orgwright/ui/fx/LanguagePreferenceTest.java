package dev.orgwright.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Messages;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The language chosen in Preferences: remembered, applied at start, the system's when none is chosen. */
class LanguagePreferenceTest {

    private Preferences node;

    @BeforeEach
    void freshNode() {
        node = Preferences.userRoot().node("orgwright-test-language-" + System.nanoTime());
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void noChoiceFollowsTheSystemAndAnUnsupportedSystemMeansEnglish() {
        LanguagePreference preference = LanguagePreference.inPreferences(node);
        assertEquals(Optional.empty(), preference.chosen());
        assertEquals(Locale.GERMAN, preference.effective(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, preference.effective(Locale.JAPANESE));
    }

    @Test
    void aChoiceIsRememberedAndWinsOverTheSystem() {
        LanguagePreference.inPreferences(node).choose(Optional.of(Locale.FRENCH));
        LanguagePreference again = LanguagePreference.inPreferences(node);
        assertEquals(Optional.of(Locale.FRENCH), again.chosen());
        assertEquals(Locale.FRENCH, again.effective(Locale.GERMANY));
        again.apply();
        assertEquals(Locale.FRENCH, Messages.locale());
        assertEquals("Fichier", Texts.t("menu.file"));
    }

    @Test
    void choosingTheSystemForgetsTheLanguage() {
        LanguagePreference preference = LanguagePreference.inPreferences(node);
        preference.choose(Optional.of(Locale.forLanguageTag("es")));
        preference.choose(Optional.empty());
        assertEquals(Optional.empty(), preference.chosen());
        assertEquals(null, node.get(LanguagePreference.KEY, null));
    }

    @Test
    void anUnknownStoredValueCountsAsNoChoice() {
        node.put(LanguagePreference.KEY, "xx");
        assertEquals(Optional.empty(), LanguagePreference.inPreferences(node).chosen());
    }

    @Test
    void theChoicesAreTheSystemThenEachLanguageByItsOwnName() {
        assertEquals(5, LanguagePreference.choices().size());
        assertEquals("System", LanguagePreference.label(Optional.empty()));
        Messages.setLocale(Locale.FRENCH);
        assertEquals("Deutsch", LanguagePreference.label(Optional.of(Locale.GERMAN)));
        assertEquals("Español", LanguagePreference.label(Optional.of(Locale.forLanguageTag("es"))));
    }

    @Test
    void figuresAreWrittenTheLanguagesWay() {
        Messages.setLocale(Locale.GERMAN);
        assertEquals("1.234,5", Texts.number(new java.math.BigDecimal("1234.5")));
        assertEquals("810.000 EUR", Texts.money(new java.math.BigDecimal("810000"), Optional.of("EUR")));
        assertEquals("12.345 Stellen", Texts.t("status.positions.many", 12345));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("1,234.5", Texts.number(new java.math.BigDecimal("1234.5")));
        assertEquals("12,345 positions", Texts.t("status.positions.many", 12345));
    }
}
