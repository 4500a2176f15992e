package dev.orgwright.ui.importing;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.GradeTiers;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.io.csv.PairsAndGrades;
import dev.orgwright.model.Tier;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the import dialog adds to an import, without a toolkit: a second file whose rows stand for
 * several people under the posts of the first, and the tier the user picked for each grade. The
 * finished import is worked out again from the first file's result whenever one of them changes.
 */
final class PairsAndGradesChoices {

    private Path staffFile;
    private CsvTable staff;
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private PairsAndGrades.Outcome outcome;
    private String failure;

    /** A second file was read. */
    void staffRead(Path file, CsvTable table) {
        staffFile = file;
        staff = table;
    }

    /** No second file. */
    void removeStaff() {
        staffFile = null;
        staff = null;
    }

    Optional<Path> staffFile() {
        return Optional.ofNullable(staffFile);
    }

    /** The user picked {@code tierId} for {@code grade}. */
    void choose(String grade, String tierId) {
        chosen.put(grade, tierId);
    }

    /** Works the finished import out from {@code result}, or remembers why it cannot be. */
    void update(Optional<ImportResult> result) {
        outcome = null;
        failure = null;
        if (result.isEmpty() || result.get().imported() == 0) {
            return;
        }
        try {
            outcome = PairsAndGrades.finish(result.get(), staff, null, chosen);
        } catch (ChartFormatException e) {
            failure = e.getMessage();
        }
    }

    Optional<PairsAndGrades.Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * What the second file did, or why it could not be used, and how many posts were marked as
     * assistants by their title; empty without a second file.
     */
    String staffStatus() {
        if (staff == null) {
            return "";
        }
        if (failure != null) {
            return failure;
        }
        if (outcome == null) {
            return "";
        }
        String status = outcome.staff().map(s -> staffFile.getFileName() + ": " + s.summary()).orElse("");
        // The junior rows are where the assistants are: say so under them, as the command line does.
        String assistants = outcome.assistantSummary();
        return assistants.isEmpty() || status.isEmpty() ? status : status + "\n" + assistants;
    }

    /** Every problem row of the second file, as sentences with their row numbers. */
    List<String> staffProblems() {
        return outcome == null ? List.of() : outcome.staff()
                .map(s -> s.problems().stream().map(p -> staffFile.getFileName() + ": " + p.message()).toList())
                .orElse(List.of());
    }

    /** Each grade found with its tier and why; empty when the files have no grades. */
    List<GradeTiers.Choice> grades() {
        return outcome == null ? List.of() : outcome.choices();
    }

    /** How many positions have {@code grade}. */
    int positionsWith(String grade) {
        return outcome == null ? 0 : outcome.grades().flatMap(g -> g.grades().stream()
                .filter(x -> Tier.gradeKey(x.name()).equals(Tier.gradeKey(grade))).findFirst())
                .map(GradeTiers.Grade::positions).orElse(0);
    }

    /** Whether Import can open the finished chart: a second file that cannot be used stops it. */
    boolean canOpen() {
        return outcome != null;
    }
}
