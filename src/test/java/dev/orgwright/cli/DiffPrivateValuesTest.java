package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgwright.analysis.HandChart;
import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orgwright diff} lists that a cost or a private field changed without the values, and
 * with them only under {@code --include-private}, in every format.
 */
class DiffPrivateValuesTest {

    private static final PositionId CFO = PositionId.of("cfo");

    @TempDir
    Path dir;

    private Path current;
    private Path proposal;

    /** The proposal raises the CFO's cost from 150000 to 155000 EUR and changes the CFO's private e-mail. */
    @BeforeEach
    void charts() throws Exception {
        Chart chart = Edits.sequence("Fields", List.of(Edits.setCurrency("EUR"),
                CustomFieldEdits.define(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true)),
                CustomFieldEdits.setValue(CFO, "email", "cy.old@acme.example"))).apply(HandChart.chart());
        current = TestCharts.save(dir.resolve("current.orgchart.json"), chart);
        Chart proposed = Edits.sequence("Proposal", List.of(Edits.setCost(CFO, new BigDecimal("155000")),
                CustomFieldEdits.setValue(CFO, "email", "cy.new@acme.example"))).apply(chart);
        proposal = TestCharts.save(dir.resolve("proposal.orgchart.json"), proposed);
    }

    private CliRun diff(String... more) {
        List<String> args = new ArrayList<>(List.of("diff", current.toString(), proposal.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(1, run.exitCode(), run.err());
        return run;
    }

    @Test
    void textSaysOnlyThatPrivateValuesChangedUnlessTheyAreIncluded() {
        String hidden = diff().out();
        assertTrue(hidden.contains("The cost of 'CFO' changed."), hidden);
        assertTrue(hidden.contains("The field 'E-mail' of 'CFO' changed."), hidden);
        assertFalse(hidden.contains("150000") || hidden.contains("155000"), hidden);
        assertFalse(hidden.contains("acme.example"), hidden);

        String shown = diff("--include-private").out();
        assertTrue(shown.contains("The cost of 'CFO' is now 155000 EUR (was 150000 EUR)."), shown);
        assertTrue(shown.contains("The field 'E-mail' of 'CFO' is now 'cy.new@acme.example'"
                + " (was 'cy.old@acme.example')."), shown);
    }

    @Test
    void jsonLeavesBeforeAndAfterEmptyUnlessPrivateValuesAreIncluded() throws Exception {
        JsonNode hidden = change(diff("--format", "json"), "cost changed");
        assertEquals("", hidden.get("before").asText());
        assertEquals("", hidden.get("after").asText());
        assertEquals("The cost of 'CFO' changed.", hidden.get("description").asText());
        assertEquals("", change(diff("--format", "json"), "private field changed").get("after").asText());

        CliRun open = diff("--format", "json", "--include-private");
        JsonNode cost = change(open, "cost changed");
        assertEquals("150000", cost.get("before").asText());
        assertEquals("155000", cost.get("after").asText());
        JsonNode email = change(open, "private field changed");
        assertEquals("cy.old@acme.example", email.get("before").asText());
        assertEquals("cy.new@acme.example", email.get("after").asText());
    }

    @Test
    void csvAndMarkdownFollowTheSameChoice() {
        String csv = diff("--format", "csv").out();
        assertTrue(csv.contains("cost changed,cfo,CFO,,,,The cost of 'CFO'"
                + " changed."), csv);
        assertFalse(csv.contains("acme.example"), csv);
        assertTrue(diff("--format", "csv", "--include-private").out().contains(
                "cost changed,cfo,CFO,150000,155000,,"), csv);

        assertFalse(diff("--format", "markdown").out().contains("acme.example"));
        assertTrue(diff("--format", "markdown", "--include-private").out().contains("'cy.new@acme.example'"));
    }

    private static JsonNode change(CliRun run, String kind) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(run.out()).get("changes")) {
            if (c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no change of kind '" + kind + "' in " + run.out());
    }
}
