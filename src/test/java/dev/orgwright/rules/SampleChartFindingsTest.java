package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.SampleCharts;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample chart that ships with Orgwright shows one deliberate mistake: a head of sales who
 * decides on restructuring the company. Nothing else in it may be a warning or an error.
 */
class SampleChartFindingsTest {

    private final Chart sample = SampleCharts.leadershipTeam();
    private final Validation validation = Validator.withDefaultRules().validate(sample);

    @Test
    void theOnlyWarningIsThePlantedDutyOfTheHeadOfSales() {
        List<Finding> serious = validation.all().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(1, serious.size(), serious::toString);
        Finding f = serious.get(0);
        assertEquals("duty-outside-tier", f.ruleId());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(PositionId.of("head-sales"), f.positionId());
        assertTrue(f.message().contains("'Head of Sales'"), f.message());
        assertTrue(f.message().contains("\"Decides on restructuring the sales organisation across the company\""),
                f.message());
        assertEquals(1, validation.count(Severity.WARNING));
    }

    @Test
    void thereAreNoErrors() {
        assertEquals(0, validation.count(Severity.ERROR));
        assertTrue(validation.all().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void thePlantedDutyCanMoveToTheChiefOperatingOfficerWhichClearsTheWarnings() {
        Finding f = validation.findingsFor(PositionId.of("head-sales")).stream()
                .filter(x -> x.ruleId().equals("duty-outside-tier")).findFirst().orElseThrow();
        assertTrue(f.fix().get().label(sample).endsWith("to 'Chief Operating Officer'"), f.fix().get().label(sample));
        Validation fixed = validation.update(f.fix().get().edit().apply(sample));
        assertEquals(0, fixed.count(Severity.WARNING));
        assertEquals(0, fixed.count(Severity.ERROR));
    }
}
