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
 * How the duty reader puts real job descriptions in tiers: the sentences of
 * real-duties-organograms.tsv ({@code split<TAB>label<TAB>source<TAB>sentence}), labelled senior,
 * executive, staff or none (no duty) by reading them against the seed article. A reading counts
 * as "none" when the reader finds no duty in the sentence or no tier for it. Accuracy is claimed
 * on the held-out third; {@code main} prints both parts, and the misses of the tuning part (with
 * {@code held-misses}, the held-out misses too).
 */
public final class RealDutyFigures {

    static final String FILE = "real-duties-organograms.tsv";

    record Labelled(String split, String label, String source, String sentence) {
    }

    private RealDutyFigures() {
    }

    public static void main(String[] args) {
        boolean heldMisses = List.of(args).contains("held-misses");
        List<Labelled> set = read();
        DutyReader reader = DutyReader.english(Templates.leadershipTeam(), MatchSettings.DEFAULTS);
        for (String split : DutyMatchingFigures.SPLITS) {
            DutyMatchingFigures.Figures f = figures(reader, set, split);
            String table = f.table();
            if (split.equals("held") && !heldMisses) {
                table = table.substring(0, table.indexOf("Misses:") < 0 ? table.length() : table.indexOf("Misses:"));
            }
            System.out.println("Real job descriptions. " + table);
        }
    }

    /** The reader's answer for one sentence: its tier, or "none". */
    static String answer(DutyReader reader, String sentence) {
        SentenceReading r = reader.read(sentence);
        return r.duty() && r.tierId() != null ? r.tierId() : "none";
    }

    static DutyMatchingFigures.Figures figures(DutyReader reader, List<Labelled> set, String split) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        DutyMatchingFigures.LABELS.forEach(l -> confusion.put(l, new LinkedHashMap<>()));
        List<String> misses = new ArrayList<>();
        for (Labelled l : set) {
            if (!l.split().equals(split)) {
                continue;
            }
            String got = answer(reader, l.sentence());
            confusion.get(l.label()).merge(got, 1, Integer::sum);
            if (!got.equals(l.label())) {
                SentenceReading r = reader.read(l.sentence());
                misses.add(String.format(Locale.ROOT, "%s read as %s (%s, %.2f, %s%s): %s", l.label(), got,
                        r.scope(), r.confidence(), r.cues(), r.reason() == null ? "" : " " + r.reason(), l.sentence()));
            }
        }
        return new DutyMatchingFigures.Figures(split, confusion, misses);
    }

    /** The labelled set; a malformed line is an error that names it. */
    static List<Labelled> read() {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = RealDutyFigures.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 4);
                if (parts.length != 4 || !DutyMatchingFigures.SPLITS.contains(parts[0])
                        || !DutyMatchingFigures.LABELS.contains(parts[1]) || parts[3].isBlank()) {
                    throw new IllegalStateException(FILE + " line " + number
                            + " is not split<TAB>label<TAB>source<TAB>sentence with a known split and label: " + line);
                }
                out.add(new Labelled(parts[0], parts[1], parts[2], parts[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
