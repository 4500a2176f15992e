package dev.orgwright.rules;

import dev.orgwright.model.Templates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The duty matcher's accuracy on the labelled duty set, duties-three-tiers.tsv: each line is
 * {@code split<TAB>label<TAB>phrase} (or a comment after {@code #}). The split is {@code tune}
 * (the half the catalog's keywords and the matching settings were tuned on) or {@code held}
 * (the half kept out of tuning, on which the accuracy is claimed); the label is the tier the
 * phrase belongs to, or {@code none} for a sentence that is no duty at all. The split is fixed
 * in the file, so the figures do not depend on the order or the count of the lines.
 *
 * <p>Run {@code main} to see the figures: with {@code tune} or {@code held} it prints that
 * half only, else both.
 */
public final class DutyMatchingFigures {

    static final String FILE = "duties-three-tiers.tsv";
    static final List<String> LABELS = List.of(Templates.SENIOR, Templates.EXECUTIVE, Templates.STAFF, "none");
    static final List<String> SPLITS = List.of("tune", "held");

    record Labelled(String split, String label, String phrase) {
    }

    /** The matcher's answers on one half: confusion counts by label, and the phrases it got wrong. */
    record Figures(String split, Map<String, Map<String, Integer>> confusion, List<String> misses) {

        int total() {
            return confusion.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }

        int right() {
            return LABELS.stream().mapToInt(l -> confusion.get(l).getOrDefault(l, 0)).sum();
        }

        double accuracy() {
            return total() == 0 ? 0 : (double) right() / total();
        }

        double accuracy(String label) {
            int n = confusion.get(label).values().stream().mapToInt(Integer::intValue).sum();
            return n == 0 ? 0 : (double) confusion.get(label).getOrDefault(label, 0) / n;
        }

        String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Duty matching, %s half: %d of %d right, accuracy %.1f %%%n",
                    split.equals("held") ? "held-out" : "tuning", right(), total(), 100 * accuracy()));
            out.append(String.format(Locale.ROOT, "%-18s", "label \\ matched"));
            LABELS.forEach(l -> out.append(String.format(Locale.ROOT, "%11s", l)));
            out.append(String.format(Locale.ROOT, "%11s%n", "right"));
            for (String label : LABELS) {
                out.append(String.format(Locale.ROOT, "%-18s", label));
                for (String got : LABELS) {
                    out.append(String.format(Locale.ROOT, "%11d", confusion.get(label).getOrDefault(got, 0)));
                }
                out.append(String.format(Locale.ROOT, "%10.0f%%%n", 100 * accuracy(label)));
            }
            if (!misses.isEmpty()) {
                out.append("Misses:").append(System.lineSeparator());
                misses.forEach(m -> out.append("  ").append(m).append(System.lineSeparator()));
            }
            return out.toString();
        }
    }

    private DutyMatchingFigures() {
    }

    public static void main(String[] args) {
        List<String> splits = args.length == 0 ? SPLITS : List.of(args);
        List<Labelled> duties = read();
        for (String split : splits) {
            System.out.println(figures(duties, split).table());
        }
        DutyReader reader = DutyReader.english(Templates.leadershipTeam(), MatchSettings.DEFAULTS);
        for (String split : splits) {
            String table = readerFigures(reader, duties, split).table();
            if (split.equals("held")) {
                table = table.substring(0, table.contains("Misses:") ? table.indexOf("Misses:") : table.length());
            }
            System.out.println("Read sentence by sentence, by scope. " + table);
        }
    }

    /** How the default catalog, with the default settings, reads the {@code split} half. */
    static Figures figures(List<Labelled> duties, String split) {
        DutyMatcher matcher = new DutyMatcher(Templates.leadershipTeam(), MatchSettings.DEFAULTS);
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        LABELS.forEach(l -> confusion.put(l, new LinkedHashMap<>()));
        List<String> misses = new ArrayList<>();
        for (Labelled d : duties) {
            if (!d.split().equals(split)) {
                continue;
            }
            DutyMatch match = matcher.match(d.phrase());
            String got = match.tier().orElse("none");
            confusion.get(d.label()).merge(got, 1, Integer::sum);
            if (!got.equals(d.label())) {
                misses.add(String.format(Locale.ROOT, "%s read as %s (%s %.2f, next %s %.2f): %s", d.label(), got,
                        match.nearestId(), match.score(), match.runnerUpId(), match.runnerUpScore(), d.phrase()));
            }
        }
        return new Figures(split, confusion, misses);
    }

    /**
     * How the duty reader (scope first, then the catalog) reads the {@code split} half: the tier
     * of a duty, or "none" for no duty or no tier.
     */
    static Figures readerFigures(DutyReader reader, List<Labelled> duties, String split) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        LABELS.forEach(l -> confusion.put(l, new LinkedHashMap<>()));
        List<String> misses = new ArrayList<>();
        for (Labelled d : duties) {
            if (!d.split().equals(split)) {
                continue;
            }
            SentenceReading r = reader.read(d.phrase());
            String got = r.duty() && r.tierId() != null ? r.tierId() : "none";
            confusion.get(d.label()).merge(got, 1, Integer::sum);
            if (!got.equals(d.label())) {
                misses.add(String.format(Locale.ROOT, "%s read as %s (%s %.2f %s%s): %s", d.label(), got, r.scope(),
                        r.confidence(), r.cues(), r.reason() == null ? "" : " " + r.reason(), d.phrase()));
            }
        }
        return new Figures(split, confusion, misses);
    }

    /** The labelled set; a malformed line is an error that names it. */
    static List<Labelled> read() {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = DutyMatchingFigures.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
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
                if (parts.length != 3 || !SPLITS.contains(parts[0]) || !LABELS.contains(parts[1])
                        || parts[2].isBlank()) {
                    throw new IllegalStateException(FILE + " line " + number
                            + " is not split<TAB>label<TAB>phrase with a known split and label: " + line);
                }
                out.add(new Labelled(parts[0], parts[1], parts[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
