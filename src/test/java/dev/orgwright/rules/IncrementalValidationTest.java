package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.ArrayList;

import dev.orgwright.rules.RandomEdits.EditRecipe;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The key correctness check of incremental validation: after every edit of a random sequence,
 * {@code previous.update(newChart)} must give exactly what validating the new chart from scratch
 * gives — the same findings in the same order (fix labels included), the same counts per
 * severity and the same chart findings. Each update builds on the previous update, so a stale
 * finding carried along would show at the next comparison at the latest.
 */
class IncrementalValidationTest {

    private final Validator validator = Validator.withDefaultRules();

    @Provide
    Arbitrary<Chart> charts() {
        return RandomCharts.charts(30);
    }

    @Provide
    Arbitrary<List<EditRecipe>> edits() {
        return RandomEdits.sequences(25);
    }

    @Property(tries = 100)
    void updateAfterEveryEditEqualsValidatingFromScratch(@ForAll("charts") Chart start,
                                                         @ForAll("edits") List<EditRecipe> recipes) {
        Chart chart = start;
        Validation previous = validator.validate(chart);
        int step = 0;
        for (EditRecipe recipe : recipes) {
            step++;
            Edit edit = RandomEdits.plan(chart, previous, recipe);
            Chart next;
            try {
                next = edit.apply(chart);
            } catch (EditRefusedException e) {
                continue; // the plan aimed at something the chart does not allow; the chart stays
            }
            Validation incremental = previous.update(next);
            Validation full = validator.validate(next);
            String where = "after step " + step + " (" + recipe + ": " + edit.label(chart) + ")";
            assertEquals(FindingView.of(full.all(), next), FindingView.of(incremental.all(), next), where);
            assertEquals(FindingView.of(full.chartFindings(), next), FindingView.of(incremental.chartFindings(), next),
                    where);
            for (Severity s : Severity.values()) {
                assertEquals(full.count(s), incremental.count(s), s + " count " + where);
                assertEquals(full.all().stream().filter(f -> f.severity() == s).count(), incremental.count(s),
                        s + " count against the findings " + where);
            }
            chart = next;
            previous = incremental;
        }
    }

    /** A report added two levels down gives the CEO's misplaced duty somewhere to go. */
    @Example
    void aReportAddedDeepInTheTeamUpdatesTheFixOfAManagerFarAbove() {
        Chart chart = RuleFixtures.chart(
                RuleFixtures.pos("ceo", "CEO", Templates.SENIOR, null, Duty.of("Runs the daily stand-up")),
                RuleFixtures.pos("cfo", "CFO", Templates.SENIOR, "ceo"));
        Validation before = validator.validate(chart);
        assertEquals(List.of(), before.findingsFor(PositionId.of("ceo")).get(0).fixes());

        Chart after = Edits.add(RuleFixtures.pos("fin", "Head of Finance", Templates.EXECUTIVE, "cfo"), -1)
                .apply(chart);
        Finding updated = before.update(after).findingsFor(PositionId.of("ceo")).get(0);
        assertEquals(List.of("Move the duty \"Runs the daily stand-up\" to 'Head of Finance'"),
                RuleFixtures.fixLabels(updated, after));
        assertSameAsFromScratch(before.update(after));
    }

    /** Making a report an assistant takes it out of its manager's span of control. */
    @Example
    void makingAReportAnAssistantUpdatesItsManagersSpan() {
        List<Position> positions = new ArrayList<>();
        positions.add(RuleFixtures.pos("ceo", "CEO", Templates.SENIOR, null));
        for (int i = 0; i < 9; i++) {
            positions.add(RuleFixtures.pos("r" + i, "VP " + i, Templates.SENIOR, "ceo"));
        }
        Chart chart = RuleFixtures.chart(positions.toArray(Position[]::new));
        Validation before = validator.validate(chart);
        assertEquals(1, before.findingsFor(PositionId.of("ceo")).stream()
                .filter(f -> f.ruleId().equals("span-of-control")).count());

        Validation after = before.update(Edits.setAssistant(PositionId.of("r0"), true).apply(chart));
        assertEquals(0, after.findingsFor(PositionId.of("ceo")).stream()
                .filter(f -> f.ruleId().equals("span-of-control")).count());
        assertSameAsFromScratch(after);
    }

    private void assertSameAsFromScratch(Validation incremental) {
        Validation full = validator.validate(incremental.chart());
        assertEquals(FindingView.of(full.all(), full.chart()), FindingView.of(incremental.all(), full.chart()));
    }
}
