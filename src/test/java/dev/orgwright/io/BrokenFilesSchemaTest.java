package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The broken-file corpus seen by the schema: every file the reader refuses, the schema refuses
 * too, except the files whose fault spans the document or lies in what the schema leaves to
 * Orgwright (docs/format.md, "Checking a file"). Those are listed here by name, so that a new
 * broken file that the schema lets through is a decision, not an accident.
 */
class BrokenFilesSchemaTest {

    /** Refused by the reader alone, each for a reason that a JSON Schema cannot state. */
    private static final Set<String> BEYOND_THE_SCHEMA = Set.of(
            // references and uniqueness across the document
            "cycle-at-end-of-long-chain.orgchart.json", "cycle-of-three.orgchart.json", "long-cycle.orgchart.json",
            "self-report.orgchart.json", "dangling-reports-to.orgchart.json", "dotted-line-dangling.orgchart.json",
            "dotted-line-to-itself.orgchart.json", "unknown-tier.orgchart.json", "duplicate-position-id.orgchart.json",
            "duplicate-responsibility-id.orgchart.json", "duplicate-tier-id.orgchart.json",
            "duplicate-tier-rank.orgchart.json", "grades-in-two-tiers.orgchart.json",
            // grades compared ignoring case, which uniqueItems cannot do
            "grades-twice-in-a-tier.orgchart.json",
            // a position's value checked against its field's definition, elsewhere in the document
            "field-value-unknown-field.orgchart.json", "field-value-text-for-number.orgchart.json",
            "field-value-number-for-text.orgchart.json", "field-value-not-a-date.orgchart.json",
            "field-value-impossible-date.orgchart.json", "field-value-not-a-choice.orgchart.json",
            "fields-duplicate-id.orgchart.json",
            // decimals, which multipleOf checks inexactly in many validators
            "fte-too-precise.orgchart.json",
            // a theme both at the top and in the settings, which are open-ended
            "theme-in-two-places.orgchart.json",
            // two views whose names differ only in case, which uniqueItems cannot see
            "views-same-name-twice.orgchart.json",
            // scenarios: their ids, bases, removals, order lists and rebuilt charts across the document
            "scenario-based-on-cycle.orgchart.json", "scenario-cycle.orgchart.json",
            "scenario-duplicate-id.orgchart.json", "scenario-manager-missing.orgchart.json",
            "scenario-manager-removed.orgchart.json", "scenario-order-not-the-reports.orgchart.json",
            "scenario-position-twice.orgchart.json", "scenario-removes-unknown-position.orgchart.json",
            "scenario-unknown-based-on.orgchart.json",
            // the reader's limits on nesting and on the length of a number
            "deep-nesting.orgchart.json", "number-1000-digits.orgchart.json");

    @Test
    void theSchemaRefusesEveryBrokenFileItCanJudge() throws IOException {
        Set<String> acceptedBySchema = new TreeSet<>();
        for (Path file : BrokenFilesTest.brokenFiles()) {
            if (ChartSchema.accepts(Files.readAllBytes(file))) {
                acceptedBySchema.add(file.getFileName().toString());
            }
        }
        assertEquals(new TreeSet<>(BEYOND_THE_SCHEMA), acceptedBySchema);
    }
}
