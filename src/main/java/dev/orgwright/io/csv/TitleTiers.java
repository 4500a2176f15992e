package dev.orgwright.io.csv;

import dev.orgwright.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses a tier from a job title with the chart's tiers' typical titles, for files without a
 * tier column: "Chief Operating Officer" goes where the tier lists it, "Sales Manager" where
 * "Manager" is listed. A typical title matches when its words appear in the title in a row;
 * {@code *} stands for any one word, and a C-level acronym (CMO, CISO) reads as
 * "Chief * Officer". The longest match wins; a tie between two tiers, or no match, gives no tier,
 * for the user to decide.
 *
 * <p>This reads titles the way the title rules do, so that an imported position does not start
 * with a title/tier finding; io may not use the rules package, hence a reader of its own.
 */
final class TitleTiers {

    private static final Pattern C_LEVEL = Pattern.compile("c[a-z]{1,2}o");

    private record TypicalTitle(Tier tier, List<String> words) {
    }

    private final List<TypicalTitle> patterns = new ArrayList<>();
    /** Titles repeat across a file ("Sales Representative" a thousand times): read each once. */
    private final Map<String, Optional<Tier>> readings = new HashMap<>();

    TitleTiers(List<Tier> tiers) {
        for (Tier t : tiers) {
            for (String typical : t.typicalTitles()) {
                List<String> words = words(typical);
                if (!words.isEmpty()) {
                    patterns.add(new TypicalTitle(t, words));
                }
            }
        }
    }

    /** The tier {@code title} reads as, when exactly one tier's typical titles say so best. */
    Optional<Tier> tierOf(String title) {
        return readings.computeIfAbsent(title, this::read);
    }

    private Optional<Tier> read(String title) {
        List<String> words = expandAcronyms(words(title));
        TypicalTitle best = null;
        boolean tie = false;
        for (TypicalTitle p : patterns) {
            if (!containsRun(words, p.words())) {
                continue;
            }
            if (best == null || p.words().size() > best.words().size()) {
                best = p;
                tie = false;
            } else if (p.words().size() == best.words().size() && !p.tier().id().equals(best.tier().id())) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best.tier());
    }

    private static List<String> expandAcronyms(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w); // the acronym itself may be a typical title ("CFO")
            if (C_LEVEL.matcher(w).matches()) {
                out.add("chief");
                out.add(w.substring(1, w.length() - 1));
                out.add("officer");
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}*]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        outer:
        for (int i = 0; i + run.size() <= words.size(); i++) {
            for (int j = 0; j < run.size(); j++) {
                String want = run.get(j);
                if (!want.equals("*") && !want.equals(words.get(i + j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
