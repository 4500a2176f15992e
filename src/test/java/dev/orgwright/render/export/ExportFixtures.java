package dev.orgwright.render.export;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Charts for the export tests and the export benchmark. */
public final class ExportFixtures {

    private ExportFixtures() {
    }

    /** Seven positions whose texts need escaping in XML and care in PDF: quotes, ampersands, angle brackets, accents. */
    public static Chart tricky() {
        try {
            return Chart.builder().title("R&D <Leadership> \"2025\"").tiers(Templates.leadershipTeam())
                    .add(p("ceo", "Chief Executive Officer", "Zoë Ångström", "senior", null)
                            .withDuties(List.of(Duty.of("Sets the strategy & the budget"), Duty.of("Chairs the board"))))
                    .add(p("cto", "Chief Technology Officer", "Arjun \"AJ\" Rao", "senior", "ceo"))
                    .add(p("cfo", "Chief Financial Officer", "", "senior", "ceo"))
                    .add(p("rnd", "Head of R&D <Labs>", "Léa O'Neil", "executive", "cto")
                            .withDuties(List.of(Duty.of("Runs the lab's weekly <demo>"))))
                    .add(p("ops", "Head of Operations", "Mia Chen", "executive", "cto")
                            .withDottedLines(List.of(PositionId.of("cfo"))))
                    .add(p("fin", "Head of Finance", "Ola Nowak", "executive", "cfo"))
                    .add(p("id with space", "Legal Counsel", "Sam Cole", null, "ceo"))
                    .build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A proposal against {@link #tricky()}: a new Chief Product Officer under the CEO, Operations
     * moved from the CTO to the CEO, the CFO retitled, a duty added to R&D, and Finance removed.
     */
    public static Chart trickyProposal() {
        Chart c = tricky();
        c = Edits.add(p("cpo", "Chief Product Officer", "Nia Park", Templates.SENIOR, "ceo"), 1).apply(c);
        c = Edits.move(PositionId.of("ops"), PositionId.of("ceo"), -1).apply(c);
        c = Edits.setTitle(PositionId.of("cfo"), "Chief Financial & Risk Officer").apply(c);
        c = Edits.addDuty(PositionId.of("rnd"), Duty.of("Owns the patent portfolio"), 1).apply(c);
        return Edits.removeWithSubtree(PositionId.of("fin")).apply(c);
    }

    /**
     * A realistic chart of {@code size} positions: Senior Management in the top two levels, spans
     * of 3 to 9, one in ten positions vacant, titles numbered so that each is unique.
     */
    public static Chart generated(int size, long seed) {
        Random random = new Random(seed);
        List<Position> positions = new ArrayList<>(size);
        List<Integer> depth = new ArrayList<>(size);
        positions.add(p("p0", "Chief Executive Officer 0", "Holder 0", Templates.SENIOR, null));
        depth.add(0);
        int manager = 0;
        int left = 3 + random.nextInt(7);
        for (int i = 1; i < size; i++) {
            if (left == 0) {
                manager++;
                left = 3 + random.nextInt(7);
            }
            left--;
            int d = depth.get(manager) + 1;
            String tier = d <= 1 ? Templates.SENIOR : Templates.EXECUTIVE;
            String title = (d <= 1 ? "Chief Officer " : d == 2 ? "Head of Area " : "Team Lead ") + i;
            String holder = random.nextInt(10) == 0 ? "" : "Holder " + i;
            positions.add(p("p" + i, title, holder, tier, "p" + manager)
                    .withDuties(List.of(Duty.of("Runs the day-to-day work of area " + i))));
            depth.add(d);
        }
        try {
            return Chart.builder().title("Generated " + size).tiers(Templates.leadershipTeam()).addAll(positions).build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    private static Position p(String id, String title, String holder, String tier, String manager) {
        return Position.of(id, title, tier).withHolder(holder)
                .withReportsTo(manager == null ? null : PositionId.of(manager));
    }
}
