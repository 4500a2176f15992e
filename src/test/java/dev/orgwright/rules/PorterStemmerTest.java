package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The classic examples of Porter's paper and reference vocabulary, step by step. */
class PorterStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // step 1a: plurals
            "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
            // step 1b: -ed and -ing, with the clean-ups after them
            "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
            "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan",
            "falling, fall", "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file",
            // step 1c: y to i
            "happy, happi", "sky, sky",
            // step 2: double suffixes
            "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc",
            "digitizer, digit", "conformabli, conform", "radicalli, radic", "differentli, differ",
            "vileli, vile", "analogousli, analog", "vietnamization, vietnam", "predication, predic",
            "operator, oper", "feudalism, feudal", "decisiveness, decis", "hopefulness, hope",
            "callousness, callous", "formaliti, formal", "sensitiviti, sensit", "sensibiliti, sensibl",
            // step 3
            "triplicate, triplic", "formative, form", "formalize, formal", "electriciti, electr",
            "electrical, electr", "hopeful, hope", "goodness, good",
            // step 4
            "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "gyroscopic, gyroscop",
            "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac",
            "adjustment, adjust", "dependent, depend", "adoption, adopt", "homologou, homolog",
            "communism, commun", "activate, activ", "angulariti, angular", "homologous, homolog",
            "effective, effect", "bowdlerize, bowdler",
            // step 5
            "probate, probat", "rate, rate", "cease, ceas", "controll, control", "roll, roll",
            // all steps together
            "generalization, gener", "generalizations, gener", "oscillators, oscil"
    })
    void stemsTheClassicExamples(String word, String stem) {
        assertEquals(stem, PorterStemmer.porter(word));
    }

    @Test
    void theFormsOfOneVerbMeet() {
        assertEquals(PorterStemmer.porter("restructure"), PorterStemmer.porter("restructures"));
        assertEquals(PorterStemmer.porter("restructures"), PorterStemmer.porter("restructuring"));
        assertEquals(PorterStemmer.porter("restructuring"), PorterStemmer.porter("restructured"));
        assertEquals(PorterStemmer.porter("review"), PorterStemmer.porter("reviews"));
        assertEquals(PorterStemmer.porter("budget"), PorterStemmer.porter("budgets"));
    }

    @Test
    void leavesShortWordsAlone() {
        assertEquals("is", PorterStemmer.porter("is"));
        assertEquals("a", PorterStemmer.porter("a"));
        assertEquals("as", PorterStemmer.porter("as"));
    }
}
