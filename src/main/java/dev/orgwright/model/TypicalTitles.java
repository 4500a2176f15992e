package dev.orgwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a job title as a tier, from the tiers' typical titles: "Chief Financial Officer" reads
 * as the tier that lists it, "Head of Sales" as the one that lists "Head of *". A typical title
 * matches when its words appear in the title in a row; {@code *} stands for any one word, and a
 * C-level acronym (CMO, CISO) counts as "Chief * Officer". The longest match wins; a tie between
 * two tiers reads as neither.
 *
 * <p>One reading for every use: the title rule (a title that contradicts its tier) and the
 * import (a tier for a position whose file has no tier column) read titles alike, so an
 * imported position does not start with a title finding. Safe to share between threads.
 */
public final class TypicalTitles {

    /**
     * A tier the title reads as, and the typical title that said so.
     *
     * @param tier         the tier
     * @param typicalTitle the typical title of that tier that matched, as the tier lists it
     */
    public record Reading(Tier tier, String typicalTitle) {
    }

    private record TypicalTitle(Tier tier, String typicalTitle, List<String> words) {
    }

    private static final Pattern C_LEVEL = Pattern.compile("c[a-z]{1,2}o");

    private final List<TypicalTitle> patterns = new ArrayList<>();

    /** Reads titles with the typical titles of {@code tiers}. */
    public TypicalTitles(List<Tier> tiers) {
        for (Tier t : tiers) {
            for (String typical : t.typicalTitles()) {
                List<String> words = words(typical);
                if (!words.isEmpty()) {
                    patterns.add(new TypicalTitle(t, typical, words));
                }
            }
        }
    }

    /** Titles repeat across a large chart ("Account Executive" a thousand times): read each once. */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Reading>> readings =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The tier {@code title} reads as, if exactly one tier's typical titles say so best. */
    public Optional<Reading> read(String title) {
        Optional<Reading> cached = readings.get(title);
        if (cached != null) {
            return cached;
        }
        Optional<Reading> reading = readUncached(title);
        if (readings.size() < 100_000) {
            readings.put(title, reading);
        }
        return reading;
    }

    private Optional<Reading> readUncached(String title) {
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
        return best == null || tie ? Optional.empty() : Optional.of(new Reading(best.tier(), best.typicalTitle()));
    }

    private static List<String> expandAcronyms(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (C_LEVEL.matcher(w).matches()) {
                out.add(w); // the acronym itself may be a typical title ("CFO")
                out.add("chief");
                out.add(w.substring(1, w.length() - 1));
                out.add("officer");
            } else {
                out.add(w);
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
