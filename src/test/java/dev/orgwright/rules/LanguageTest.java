package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Templates;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a duty, and the stemmers that make the forms of a word meet in each language. */
class LanguageTest {

    @Test
    void everyEnglishLabelledPhraseAndRealSentenceIsReadAsEnglish() {
        // What keeps the English readings as they were before there were other languages.
        DutyMatchingFigures.read().forEach(d -> assertEquals(Language.ENGLISH, Language.detect(d.phrase()), d.phrase()));
        RealDutyFigures.read().forEach(d -> assertEquals(Language.ENGLISH, Language.detect(d.sentence()), d.sentence()));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Leitet das Vertriebsteam und berichtet an die Geschäftsführung | GERMAN",
            "Pilote la stratégie commerciale de l'entreprise | FRENCH",
            "Dirige el equipo de ventas de la zona norte | SPANISH",
            "Leads the sales team of the northern region | ENGLISH",
            "Budget | ENGLISH"})
    void tellsALanguageByItsSmallWordsAndLetters(String text, Language language) {
        assertEquals(language, Language.detect(text));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "de, Budgets, Budget", "de, Strategien, Strategie", "de, Abteilungen, Abteilung",
            "de, Mitarbeitern, Mitarbeiter", "fr, stratégie, stratégies", "fr, budgets, budget",
            "fr, équipe, équipes", "fr, factures, facture", "es, gestión, gestiones", "es, presupuestos, presupuesto",
            "es, estrategia, estrategias", "es, facturas, factura",
            "en, reviews, reviewing"})
    void theFormsOfAWordMeetInItsLanguage(String language, String a, String b) {
        Language l = Language.of(Locale.forLanguageTag(language));
        assertEquals(Tokens.stem(a.toLowerCase(l.locale()), l), Tokens.stem(b.toLowerCase(l.locale()), l));
    }

    @Test
    void accentsAndUmlautsAreFoldedAfterStemming() {
        assertEquals(Language.GERMAN.stem("führung"), Language.GERMAN.stem("fuhrung"));
        assertEquals(Language.FRENCH.stem("stratégie"), Language.FRENCH.stem("strategie"));
        assertEquals(Language.SPANISH.stem("gestión"), Language.SPANISH.stem("gestion"));
        assertNotEquals(Language.SPANISH.stem("gestión"), Language.SPANISH.stem("gesto"));
    }

    @Test
    void aGermanCompoundMatchesTheKeywordItEndsIn() {
        DutyMatcher matcher = new DutyMatcher(Templates.leadershipTeam(), MatchSettings.DEFAULTS);
        DutyMatch match = matcher.match("Verantwortet die Unternehmensstrategie und die Gesamtplanung.");
        assertEquals("strategy", match.responsibilityId(), match::toString);
    }

    @Test
    void aForeignKeywordOfTheTemplateDoesNotCountForEnglishDuties() {
        // "Team" is a German keyword of team communication; in English it names the subject of a sentence.
        DutyMatcher matcher = new DutyMatcher(Templates.leadershipTeam(), MatchSettings.DEFAULTS);
        assertFalse(matcher.match("Team of five").isMatched(), () -> matcher.match("Team of five").toString());
        assertEquals("team-communication", matcher.match("Informiert das Team in wöchentlichen Besprechungen.")
                .responsibilityId());
    }

    @Test
    void aDutyIsReadInItsOwnLanguageSentenceBySentence() {
        DutyReader reader = LanguageDutyFigures.reader(Templates.leadershipTeam());
        var readings = reader.read(Duty.of("Legt die Unternehmensstrategie fest. Erfasst außerdem die Rechnungen."));
        assertEquals(2, readings.size());
        assertEquals(Templates.SENIOR, readings.get(0).tierId(), readings.get(0)::toString);
        assertEquals(Templates.STAFF, readings.get(1).tierId(), readings.get(1)::toString);
    }
}
