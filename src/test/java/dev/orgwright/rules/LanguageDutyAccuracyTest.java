package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Templates;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How often the duty reader puts a German, French or Spanish duty in the right tier (or finds no
 * duty where there is none), on the held-out half of each language's labelled set. The issue's
 * target is 85 % per language; measured 91.7 % (German, French) and 95.8 % (Spanish) of 24
 * held-out phrases each, so that one more miss in German or French still passes and two do not. {@link LanguageDutyFigures#main} prints the tables.
 */
class LanguageDutyAccuracyTest {

    private static final double REQUIRED_HELD_OUT = 0.85;

    static List<Locale> languages() {
        return LanguageDutyFigures.LANGUAGES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theSetHasAtLeast40DistinctPhrasesBalancedAndHalfHeldOut(Locale language) {
        List<DutyMatchingFigures.Labelled> set = LanguageDutyFigures.read(language);
        assertTrue(set.size() >= 40, "the " + language + " set has " + set.size() + " phrases");
        Set<String> phrases = new HashSet<>();
        set.forEach(d -> assertTrue(phrases.add(d.phrase().toLowerCase(language)), "twice: " + d.phrase()));
        for (String label : DutyMatchingFigures.LABELS) {
            for (String split : DutyMatchingFigures.SPLITS) {
                long n = set.stream().filter(d -> d.label().equals(label) && d.split().equals(split)).count();
                assertEquals(set.size() / 8, n, label + " phrases in the " + split + " half of " + language);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void readsAtLeast85PercentOfTheHeldOutDutiesRightWithTheTemplateOfTheLanguage(Locale language) {
        assertAccurate(LanguageDutyFigures.reader(Templates.leadershipTeam(language)), language);
    }

    /** One chart matches duties in every language: the English template carries all keywords. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void readsAtLeast85PercentOfTheHeldOutDutiesRightWithTheEnglishTemplate(Locale language) {
        assertAccurate(LanguageDutyFigures.reader(Templates.leadershipTeam()), language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void tellsTheLanguageOfEveryDutyOfTheSet(Locale language) {
        for (DutyMatchingFigures.Labelled d : LanguageDutyFigures.read(language)) {
            if (!d.label().equals("none")) {
                assertEquals(Language.of(language), Language.detect(d.phrase()), d.phrase());
            }
        }
    }

    private static void assertAccurate(DutyReader reader, Locale language) {
        DutyMatchingFigures.Figures figures = DutyMatchingFigures.readerFigures(reader,
                LanguageDutyFigures.read(language), "held");
        assertTrue(figures.accuracy() >= REQUIRED_HELD_OUT, () -> String.format(Locale.ROOT,
                "%s: accuracy %.1f %% is under %.0f %%%n%s", language, 100 * figures.accuracy(),
                100 * REQUIRED_HELD_OUT, figures.table()));
    }
}
