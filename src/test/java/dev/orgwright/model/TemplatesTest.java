package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default template in English, German, French and Spanish. */
class TemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void aTranslatedTemplateHasTheSameIdsAndKeywordsWithItsOwnNamesAndTexts(String tag) {
        List<Tier> english = Templates.leadershipTeam();
        List<Tier> translated = Templates.leadershipTeam(Locale.forLanguageTag(tag));
        assertEquals(english.size(), translated.size());
        for (int i = 0; i < english.size(); i++) {
            Tier e = english.get(i);
            Tier t = translated.get(i);
            assertEquals(e.id(), t.id());
            assertEquals(e.rank(), t.rank());
            assertNotEquals(e.name(), t.name(), "the tier " + e.id() + " is named in " + tag);
            assertTrue(t.typicalTitles().containsAll(e.typicalTitles()), "the English titles are kept");
            assertTrue(t.typicalTitles().size() > e.typicalTitles().size(), "titles of the language are added");
            assertEquals(e.responsibilities().size(), t.responsibilities().size());
            for (int j = 0; j < e.responsibilities().size(); j++) {
                Responsibility er = e.responsibilities().get(j);
                Responsibility tr = t.responsibilities().get(j);
                assertEquals(er.id(), tr.id());
                assertEquals(er.keywords(), tr.keywords());
                assertNotEquals(er.text(), tr.text(), "the text of " + er.id() + " is restated in " + tag);
            }
        }
    }

    @Test
    void theTierNamesOfEachLanguage() {
        assertEquals("Geschäftsleitung", Templates.leadershipTeam(Locale.GERMAN).get(0).name());
        assertEquals("Direction générale", Templates.leadershipTeam(Locale.FRENCH).get(0).name());
        assertEquals("Alta dirección", Templates.leadershipTeam(Locale.forLanguageTag("es")).get(0).name());
        assertEquals("Senior Management", Templates.leadershipTeam(Locale.JAPANESE).get(0).name());
    }

    @Test
    void everyTemplateCarriesTheKeywordsOfAllFourLanguages() {
        List<String> strategy = Templates.leadershipTeam().get(0).responsibilities().get(0).keywords();
        assertTrue(strategy.containsAll(List.of("strategy", "Strategie", "stratégie", "estrategia")), strategy::toString);
        assertEquals(Set.of("de"), Templates.keywordLanguages("strategy", "Strategie"));
        assertEquals(Set.of(), Templates.keywordLanguages("strategy", "strategy"));
        // A keyword of the English list stays English when another language writes it the same way.
        assertEquals(Set.of(), Templates.keywordLanguages("budgets", "budget"));
        assertEquals(Set.of(), Templates.keywordLanguages("strategy", "a keyword of the user's own"));
    }

    @Test
    void theStarterChartInGermanHasTheSamePositionsWithGermanTitlesAndDuties() {
        Chart english = Templates.leadershipTeamStarter();
        Chart german = Templates.leadershipTeamStarter(Locale.GERMAN);
        assertEquals(english.positionsById().keySet(), german.positionsById().keySet());
        Position ceo = german.positionsById().get(PositionId.of("ceo"));
        assertEquals("Geschäftsführer", ceo.title());
        assertEquals("Legt die Strategie des Unternehmens fest", ceo.duties().get(0).text());
        assertEquals("strategy", ceo.duties().get(0).responsibilityId());
        assertEquals("Geschäftsleitung", german.tiers().get(0).name());
        for (Position p : german.inTreeOrder()) {
            Position e = english.positionsById().get(p.id());
            assertEquals(e.tierId(), p.tierId());
            assertEquals(e.reportsTo(), p.reportsTo());
            assertEquals(e.duties().size(), p.duties().size());
            assertNotEquals(e.title(), p.title());
        }
        assertEquals("Leadership team", Templates.leadershipTeamStarter(Locale.ENGLISH).title());
    }
}
