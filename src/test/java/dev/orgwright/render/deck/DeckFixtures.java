package dev.orgwright.render.deck;

import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.export.ExportFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Charts that exercise the deck: private values, and a team far too wide for one slide. */
public final class DeckFixtures {

    private DeckFixtures() {
    }

    /** {@link ExportFixtures#tricky()} with a cost and a private salary band on the CEO and the CTO. */
    public static Chart withPrivateValues() {
        Chart c = ExportFixtures.tricky();
        List<Position> positions = new ArrayList<>();
        for (Position p : c.inTreeOrder()) {
            if (p.id().value().equals("ceo") || p.id().value().equals("cto")) {
                p = p.withCost(new BigDecimal(p.id().value().equals("ceo") ? "250000" : "180000"))
                        .withFieldValues(FieldValues.of(Map.of("band", "Band " + p.id().value().toUpperCase())));
            }
            positions.add(p);
        }
        try {
            return Chart.builder().title(c.title()).tiers(c.tiers()).settings(c.settings().with("client", "Acme & Co"))
                    .fields(List.of(FieldDefinition.of("band", "Salary band", FieldType.TEXT, true)))
                    .addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    /** A CEO, a Head of Support and {@code reports} support agents reporting to the head. */
    public static Chart wideTeam(int reports) {
        try {
            var b = Chart.builder().title("Support").tiers(Templates.leadershipTeam())
                    .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("Ana Ruiz"))
                    .add(Position.of("head", "Head of Support", Templates.EXECUTIVE).withHolder("Bo Li")
                            .withReportsTo(PositionId.of("ceo")));
            for (int i = 1; i <= reports; i++) {
                b.add(Position.of("a" + i, "Support Agent " + i, null).withHolder("Agent " + i)
                        .withReportsTo(PositionId.of("head")));
            }
            return b.build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }
}
