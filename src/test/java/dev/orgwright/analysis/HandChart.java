package dev.orgwright.analysis;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.PositionStatus;
import dev.orgwright.model.Templates;
import dev.orgwright.model.UnknownFields;
import java.math.BigDecimal;
import java.util.List;

/** A chart of nine positions whose figures are worked out by hand in the tests that use it. */
public final class HandChart {

    private HandChart() {
    }

    private static Position position(String id, String manager, String tier, String holder, String department,
                                     boolean assistant, String fte, String cost, PositionStatus status) {
        return new Position(PositionId.of(id), id.toUpperCase(), holder, tier, List.of(), manager == null ? null : PositionId.of(manager),
                List.of(), department, "", assistant, new BigDecimal(fte), cost == null ? null : new BigDecimal(cost),
                status, "", UnknownFields.NONE);
    }

    /**
     * ceo (senior) ── ea (assistant), cfo, cto
     * cfo ── acc1, acc2 (vacant), acc3 (0.5 FTE)
     * cto ── lead ── dev (planned, vacant)
     */
    public static Chart chart() throws Exception {
        String s = Templates.SENIOR;
        String e = Templates.EXECUTIVE;
        return Chart.builder().title("Hand").tiers(Templates.leadershipTeam()).addAll(List.of(
                position("ceo", null, s, "Ana", "Board", false, "1", "200000", null),
                position("ea", "ceo", null, "Bo", "Board", true, "1", "40000", null),
                position("cfo", "ceo", s, "Cy", "Finance", false, "1", "150000", null),
                position("cto", "ceo", s, "Di", "Tech", false, "1", "160000", null),
                position("acc1", "cfo", e, "Ed", "Finance", false, "1", "50000", null),
                position("acc2", "cfo", e, "", "Finance", false, "1", "50000", null),
                position("acc3", "cfo", e, "Fay", "Finance", false, "0.5", null, PositionStatus.CLOSING),
                position("lead", "cto", e, "Gus", "Tech", false, "1", "90000", null),
                position("dev", "lead", null, "", "Tech", false, "1", "70000", PositionStatus.PLANNED))).build();
    }

}
