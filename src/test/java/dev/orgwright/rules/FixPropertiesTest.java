package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.orgwright.model.Chart;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every fix a finding offers, applied on its own: it must go through, resolve the finding it
 * was offered for, and never leave the chart with an error it did not have.
 */
class FixPropertiesTest {

    /** Every rule that offers a fix; the random charts must give each of them a chance. */
    private static final Set<String> RULES_WITH_FIXES = Set.of("duty-outside-tier", "duty-unmatched",
            "manager-lower-tier", "title-tier-mismatch", "missing-tier", "duplicate-duty", "unknown-responsibility");
    private static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();

    private final Validator validator = Validator.withDefaultRules();

    @AfterContainer
    static void everyRuleWithAFixWasExercised() {
        assertTrue(EXERCISED.containsAll(RULES_WITH_FIXES),
                "fixes never tried for " + RULES_WITH_FIXES.stream().filter(r -> !EXERCISED.contains(r)).toList());
    }

    @Provide
    Arbitrary<Chart> charts() {
        return RandomCharts.charts(30);
    }

    @Property(tries = 150)
    void theFirstFixOfEveryFindingResolvesItWithoutAddingAnError(@ForAll("charts") Chart chart) {
        Validation before = validator.validate(chart);
        for (Finding finding : before.all()) {
            if (finding.fix().isEmpty()) {
                continue;
            }
            EXERCISED.add(finding.ruleId());
            String label = finding.fix().get().label(chart);
            Chart after;
            try {
                after = finding.fix().get().edit().apply(chart);
            } catch (RuntimeException e) {
                fail("The fix '" + label + "' of " + finding + " threw " + e, e);
                return;
            }
            Validation fixed = validator.validate(after);

            long sameBefore = count(before.all(), finding, true);
            long sameAfter = count(fixed.all(), finding, true);
            long rulePositionBefore = count(before.all(), finding, false);
            long rulePositionAfter = count(fixed.all(), finding, false);
            assertTrue(sameAfter == 0 || sameAfter < sameBefore || rulePositionAfter < rulePositionBefore,
                    () -> "The fix '" + label + "' left " + finding.message() + " in place: "
                            + fixed.findingsFor(finding.positionId()));

            List<Finding> newErrors = fixed.all().stream().filter(f -> f.severity() == Severity.ERROR)
                    .filter(f -> before.all().stream().noneMatch(b -> sameFinding(b, f, true))).toList();
            assertTrue(newErrors.isEmpty(), () -> "The fix '" + label + "' of " + finding.message()
                    + " added errors: " + newErrors);
        }
    }

    private static long count(List<Finding> findings, Finding like, boolean sameMessage) {
        return findings.stream().filter(f -> sameFinding(f, like, sameMessage)).count();
    }

    private static boolean sameFinding(Finding a, Finding b, boolean sameMessage) {
        return a.ruleId().equals(b.ruleId()) && Objects.equals(a.positionId(), b.positionId())
                && (!sameMessage || a.message().equals(b.message()));
    }
}
