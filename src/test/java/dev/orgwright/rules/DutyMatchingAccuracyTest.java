package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Templates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How often the matcher puts a labelled duty in the right tier (or in none, for hands-on work),
 * on the default catalog and settings. duties-labelled.tsv is the held-out set; duties-dev.tsv
 * the one the catalog keywords were tuned on. Prints the accuracy and a confusion table.
 */
class DutyMatchingAccuracyTest {

    private static final double REQUIRED = 0.85;
    private static final List<String> LABELS = List.of("senior", "executive", "none");

    private record Labelled(String label, String phrase) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"duties-labelled.tsv, 110", "duties-dev.tsv, 40"})
    void putsAtLeast85PercentOfTheLabelledDutiesInTheirTier(String file, int expectedLines) throws IOException {
        List<Labelled> duties = read(file);
        assertEquals(expectedLines, duties.size(), file + " should have " + expectedLines + " labelled duties");

        DutyMatcher matcher = new DutyMatcher(Templates.leadershipTeam(), MatchSettings.DEFAULTS);
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        LABELS.forEach(l -> confusion.put(l, new LinkedHashMap<>()));
        List<String> misses = new ArrayList<>();
        int right = 0;
        for (Labelled d : duties) {
            String got = matcher.match(d.phrase()).tier().orElse("none");
            confusion.get(d.label()).merge(got, 1, Integer::sum);
            if (got.equals(d.label())) {
                right++;
            } else {
                misses.add("  " + d.label() + " read as " + got + ": " + d.phrase());
            }
        }
        double accuracy = (double) right / duties.size();
        System.out.println(report(file, right, duties.size(), accuracy, confusion, misses));
        assertTrue(accuracy >= REQUIRED, String.format(Locale.ROOT, "%s: accuracy %.1f %% is under %.0f %%",
                file, 100 * accuracy, 100 * REQUIRED));
    }

    private static String report(String file, int right, int total, double accuracy,
                                 Map<String, Map<String, Integer>> confusion, List<String> misses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Duty matching on %s: %d of %d right, accuracy %.1f %%%n",
                file, right, total, 100 * accuracy));
        out.append(String.format(Locale.ROOT, "%-18s%10s%10s%10s%n", "label \\ matched", "senior", "executive",
                "none"));
        for (String label : LABELS) {
            out.append(String.format(Locale.ROOT, "%-18s", label));
            for (String got : LABELS) {
                out.append(String.format(Locale.ROOT, "%10d", confusion.get(label).getOrDefault(got, 0)));
            }
            out.append(System.lineSeparator());
        }
        if (!misses.isEmpty()) {
            out.append("Misses:").append(System.lineSeparator());
            misses.forEach(m -> out.append(m).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static List<Labelled> read(String file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = DutyMatchingAccuracyTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing from the test resources");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                assertEquals(2, parts.length, file + " line " + number + " has no tab");
                assertTrue(LABELS.contains(parts[0]), file + " line " + number + " has the label " + parts[0]);
                out.add(new Labelled(parts[0], parts[1].strip()));
            }
        }
        return out;
    }
}
