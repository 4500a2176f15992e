package dev.orgwright.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Letters take the form their neighbours call for: isolated, final, initial or medial. */
class ArabicShapingTest {

    @Test
    void anArabicNameJoinsFromItsFirstLetterToItsLast() {
        // meem initial, hah medial, meem medial, dal final
        assertEquals("\uFEE3\uFEA4\uFEE4\uFEAA", ArabicShaping.shape("محمد"));
    }

    @Test
    void aLetterAfterOneThatDoesNotJoinForwardStandsAlone() {
        // keheh initial, teh medial, alef final, then beh isolated: alef never joins the letter after it
        assertEquals("\uFB90\uFE98\uFE8E\uFE8F", ArabicShaping.shape("کتاب"));
    }

    @Test
    void persianLettersJoinAsTheArabicOnesDo() {
        assertEquals("\uFB58\uFEAA\uFEAD", ArabicShaping.shape("پدر"), "peh initial, dal final, reh isolated");
        assertEquals("\uFB94\uFEDE", ArabicShaping.shape("گل"), "gaf initial, lam final");
        assertEquals("\uFEB3\uFBFD", ArabicShaping.shape("سی"), "seen initial, farsi yeh final");
        assertEquals("\uFB7C\uFB8B", ArabicShaping.shape("چژ"), "tcheh initial, jeh final");
    }

    @Test
    void urduLettersJoinToo() {
        // tteh initial, yeh barree final
        assertEquals("\uFB68\uFBAF", ArabicShaping.shape("ٹے"));
    }

    @Test
    void lamAlefBecomesOneLigatureAndOtherScriptsAreUntouched() {
        assertEquals("\uFEFB", ArabicShaping.shape("لا"));
        assertEquals("Zoë 山田", ArabicShaping.shape("Zoë 山田"));
    }
}
