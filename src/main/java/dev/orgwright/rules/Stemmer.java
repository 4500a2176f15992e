package dev.orgwright.rules;

import java.text.Normalizer;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Reduces a word of one language to its stem, so that the forms of a word meet: "reviews" and
 * "reviewing", "leitet" and "Leitung", "dirige" and "dirigir". The matcher and the reader see
 * only this interface; English is Porter's stemmer (as it always was), German, French and
 * Spanish are the Snowball stemmers that Lucene ships.
 */
@FunctionalInterface
interface Stemmer {

    /** The stem of a word in lower case. */
    String stem(String lower);

    /** The English stemmer: Porter's. */
    static Stemmer english() {
        return PorterStemmer.ENGLISH;
    }

    /** The German Snowball stemmer; umlauts and ß are folded after stemming, so "Führung" meets "fuhrung". */
    static Stemmer german() {
        return snowball(GermanStemmer::new);
    }

    /** The French Snowball stemmer; accents are folded after stemming, so "stratégie" meets "strategie". */
    static Stemmer french() {
        return snowball(FrenchStemmer::new);
    }

    /** The Spanish Snowball stemmer; accents are folded after stemming, so "gestión" meets "gestion". */
    static Stemmer spanish() {
        return snowball(SpanishStemmer::new);
    }

    /**
     * A Snowball stemmer, one per thread (a Snowball program keeps the word it works on), with
     * the stem's accents folded: duties are typed without accents as often as with them.
     */
    private static Stemmer snowball(Supplier<SnowballStemmer> make) {
        ThreadLocal<SnowballStemmer> stemmers = ThreadLocal.withInitial(make);
        return lower -> {
            if (lower.length() <= 2) {
                return fold(lower);
            }
            SnowballStemmer s = stemmers.get();
            s.setCurrent(lower);
            s.stem();
            return fold(s.getCurrent());
        };
    }

    /** A word without its accents and umlauts, ß as ss. */
    static String fold(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length() && plain; i++) {
            plain = word.charAt(i) < 128;
        }
        if (plain) {
            return word;
        }
        String decomposed = Normalizer.normalize(word.replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
