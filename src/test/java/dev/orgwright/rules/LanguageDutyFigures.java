package dev.orgwright.rules;

import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The duty reader's accuracy on duties written in German, French and Spanish: the labelled sets
 * duties-three-tiers-de.tsv, -fr.tsv and -es.tsv ({@code split<TAB>label<TAB>phrase}, as
 * {@link DutyMatchingFigures}), read as the tier check reads them, by the reader of every
 * language over the default template in that language. The claim is on the held-out half.
 *
 * <p>{@code main} prints each language's halves with their confusion tables (the misses of the
 * tuning half, and with {@code held-misses} those of the held-out half too), and the held-out
 * accuracy again over the English template, which carries the keywords of every language.
 */
public final class LanguageDutyFigures {

    /** The languages with a labelled set, by their file suffix. */
    static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));

    private LanguageDutyFigures() {
    }

    public static void main(String[] args) {
        boolean heldMisses = List.of(args).contains("held-misses");
        for (Locale language : LANGUAGES) {
            List<DutyMatchingFigures.Labelled> set = read(language);
            DutyReader reader = reader(Templates.leadershipTeam(language));
            for (String split : DutyMatchingFigures.SPLITS) {
                String table = DutyMatchingFigures.readerFigures(reader, set, split).table();
                if (split.equals("held") && !heldMisses && table.contains("Misses:")) {
                    table = table.substring(0, table.indexOf("Misses:"));
                }
                System.out.println(language.getDisplayLanguage(Locale.ENGLISH) + " (" + set.size() + " phrases). "
                        + table);
            }
            DutyMatchingFigures.Figures english = DutyMatchingFigures.readerFigures(
                    reader(Templates.leadershipTeam()), set, "held");
            System.out.printf(Locale.ROOT, "%s, held-out half over the English template: %d of %d, %.1f %%%n%n",
                    language.getDisplayLanguage(Locale.ENGLISH), english.right(), english.total(),
                    100 * english.accuracy());
        }
    }

    /** The reader the tier check uses, for a catalog. */
    static DutyReader reader(List<Tier> tiers) {
        return DutyReader.forEveryLanguage(tiers, new DutyMatcher(tiers, MatchSettings.DEFAULTS));
    }

    static String file(Locale language) {
        return "duties-three-tiers-" + language.getLanguage() + ".tsv";
    }

    /** The labelled set of {@code language}; a malformed line is an error that names it. */
    static List<DutyMatchingFigures.Labelled> read(Locale language) {
        String file = file(language);
        List<DutyMatchingFigures.Labelled> out = new ArrayList<>();
        try (InputStream in = LanguageDutyFigures.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                if (parts.length != 3 || !DutyMatchingFigures.SPLITS.contains(parts[0])
                        || !DutyMatchingFigures.LABELS.contains(parts[1]) || parts[2].isBlank()) {
                    throw new IllegalStateException(file + " line " + number
                            + " is not split<TAB>label<TAB>phrase with a known split and label: " + line);
                }
                out.add(new DutyMatchingFigures.Labelled(parts[0], parts[1], parts[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
