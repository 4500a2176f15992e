package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.bench.IoBenchmark;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Tier;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.rules.Severity;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The head counts and worst findings on team blocks follow each edit: the teams' figures are kept
 * per layout and per findings, and one painter draws frame after frame, so a figure left over
 * from before an edit would show here.
 */
class TeamBlocksAfterEditTest {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 700;

    private final TreeLayout layouts = new TreeLayout(LayoutOptions.AUTO.withAspect(WIDTH / HEIGHT));
    private final CardSizing sizing = new CardSizing(new ExportFonts(), Theme.LIGHT, CardContent.DEFAULT);
    private final Validator validator = Validator.withDefaultRules();
    private final TeamBlocks blocks = new TeamBlocks(Theme.LIGHT);
    private Chart chart;
    private ChartLayout layout;
    private Validation findings;

    private TeamBlocks.Frame edit(dev.orgwright.model.Edit edit) {
        chart = edit.apply(chart);
        layout = layouts.layout(chart, sizing, Set.of(), layout); // as the window does: the previous layout reused
        findings = validator.update(findings, chart);
        return paint();
    }

    private TeamBlocks.Frame paint() {
        Box b = layout.bounds();
        double scale = Math.min(WIDTH / b.width(), HEIGHT / b.height());
        TeamBlocks.Frame frame = blocks.paint(new RecordingSurface(), chart, layout,
                new Viewport(b.x(), b.y(), scale, WIDTH, HEIGHT),
                new Decorations(null, Set.of(), null, false, Set.of(), findings),
                new ChartPainter(Theme.LIGHT).colouring(chart, findings));
        for (TeamBlocks.Block block : frame.blocks()) {
            assertEquals(teamSize(block.manager()), block.positions(), "head count of " + block.manager());
            assertEquals(Optional.ofNullable(worstBelow(block.manager())), block.worst(),
                    "worst finding in the team of " + block.manager());
        }
        for (TeamBlocks.Header header : frame.headers()) {
            assertEquals(teamSize(header.position()), header.positions(), "head count of " + header.position());
            assertEquals(Optional.ofNullable(worstBelow(header.position())), header.worst(),
                    "worst finding under the header of " + header.position());
        }
        return frame;
    }

    private static Map<PositionId, TeamBlocks.Block> byManager(TeamBlocks.Frame frame) {
        return frame.blocks().stream().collect(Collectors.toMap(TeamBlocks.Block::manager, Function.identity()));
    }

    @Test
    void movingAPositionToAnotherTeamChangesBothBlocksCounts() throws Exception {
        chart = IoBenchmark.realisticChart(5_000, new Random(7));
        layout = layouts.layout(chart, sizing, Set.of());
        findings = validator.validate(chart);
        Map<PositionId, TeamBlocks.Block> before = byManager(paint());

        // A position below one block's manager (not its manager) moved under another block's manager.
        PositionId from = null;
        PositionId to = null;
        PositionId moved = null;
        for (TeamBlocks.Block a : before.values()) {
            for (TeamBlocks.Block b : before.values()) {
                if (a != b && a.positions() > 2 && !chart.childrenOf(b.manager()).isEmpty()) {
                    from = a.manager();
                    to = b.manager();
                    PositionId manager = from;
                    moved = chart.subtree(from).stream()
                            .filter(r -> !r.equals(manager) && chart.childrenOf(r).isEmpty())
                            .findFirst().orElse(null);
                }
                if (moved != null) {
                    break;
                }
            }
            if (moved != null) {
                break;
            }
        }
        assertTrue(moved != null, "two teams drawn as blocks, one with someone below its manager");

        Map<PositionId, TeamBlocks.Block> after = byManager(edit(Edits.move(moved, to, 0)));

        assertTrue(after.containsKey(from) && after.containsKey(to), "both teams are still blocks: " + after.keySet());
        assertEquals(before.get(from).positions() - 1, after.get(from).positions(), "the team it left");
        assertEquals(before.get(to).positions() + 1, after.get(to).positions(), "the team it joined");
    }

    @Test
    void aNewErrorInATeamShowsOnItsBlockAndGoesWhenUndone() throws Exception {
        chart = IoBenchmark.realisticChart(5_000, new Random(7));
        layout = layouts.layout(chart, sizing, Set.of());
        findings = validator.validate(chart);
        Map<PositionId, TeamBlocks.Block> before = byManager(paint());
        Tier top = chart.tiers().stream().min(Comparator.comparingInt(Tier::rank)).orElseThrow();

        // A position in a team without an error, put in the top tier: it now outranks its manager, an error.
        PositionId team = null;
        Position raised = null;
        for (TeamBlocks.Block b : before.values()) {
            if (b.worst().orElse(Severity.INFO) == Severity.ERROR) {
                continue;
            }
            for (PositionId report : chart.childrenOf(b.manager())) {
                Position manager = chart.position(b.manager());
                Optional<Tier> managerTier = manager.tierId() == null ? Optional.empty() : chart.tier(manager.tierId());
                if (managerTier.isPresent() && managerTier.get().rank() > top.rank()) {
                    team = b.manager();
                    raised = chart.position(report);
                }
            }
            if (raised != null) {
                break;
            }
        }
        assertTrue(raised != null, "a team without an error whose manager is below the top tier");
        String tierBefore = raised.tierId();
        assertNotEquals(Optional.of(Severity.ERROR), before.get(team).worst());

        Map<PositionId, TeamBlocks.Block> after = byManager(edit(Edits.setTier(raised.id(), top.id())));
        assertEquals(Optional.of(Severity.ERROR), after.get(team).worst(), "the new error shows on its team's block");

        Map<PositionId, TeamBlocks.Block> undone = byManager(edit(Edits.setTier(raised.id(), tierBefore)));
        assertEquals(before.get(team).worst(), undone.get(team).worst(), "the error goes with the edit undone");
    }

    /**
     * A run of edits of every kind that changes teams or findings (moves, tier changes, additions,
     * removals, and going back several edits at once as undo does), one painter drawing a frame
     * after each: every block and header must show what the chart and its findings say then,
     * whether the teams' worst findings were carried over from the frame before or worked out anew.
     */
    @Test
    void theWorstFindingsFollowARunOfEditsFrameAfterFrame() throws Exception {
        chart = IoBenchmark.realisticChart(3_000, new Random(3));
        layout = layouts.layout(chart, sizing, Set.of());
        findings = validator.validate(chart);
        paint();
        Random random = new Random(5);
        List<Tier> tiers = chart.tiers();
        List<Chart> earlier = new ArrayList<>();
        int applied = 0;
        for (int step = 0; step < 60; step++) {
            List<PositionId> ids = new ArrayList<>();
            chart.inTreeOrder().forEach(p -> ids.add(p.id()));
            PositionId a = ids.get(random.nextInt(ids.size()));
            PositionId b = ids.get(random.nextInt(ids.size()));
            dev.orgwright.model.Edit edit = switch (random.nextInt(6)) {
                case 0, 1 -> Edits.move(a, b, 0);
                case 2 -> Edits.setTier(a, tiers.get(random.nextInt(tiers.size())).id());
                case 3 -> Edits.add(new Position(PositionId.of("added" + step), "Analyst " + step, "", null,
                        List.of(), b, List.of(), "", "", false, null), 0);
                case 4 -> chart.childrenOf(a).isEmpty() ? Edits.removeWithSubtree(a) : Edits.removeKeepingReports(a);
                default -> null;
            };
            if (edit == null) {
                if (earlier.size() > 3) { // back three edits in one step, as undo after several edits
                    Chart back = earlier.get(earlier.size() - 3);
                    earlier.subList(earlier.size() - 3, earlier.size()).clear();
                    chart = back;
                    layout = layouts.layout(chart, sizing, Set.of(), layout);
                    findings = validator.update(findings, chart);
                    paint();
                }
                continue;
            }
            earlier.add(chart);
            try {
                edit(edit);
                applied++;
            } catch (EditRefusedException e) {
                earlier.remove(earlier.size() - 1); // a move under its own team: the chart stays
            }
        }
        assertTrue(applied > 30, "most edits apply: " + applied);
    }

    private int teamSize(PositionId manager) {
        int n = 1;
        for (PositionId c : chart.childrenOf(manager)) {
            n += teamSize(c);
        }
        return n;
    }

    private Severity worstBelow(PositionId manager) {
        Severity worst = findings.worstFor(manager).filter(s -> s != Severity.INFO).orElse(null);
        for (PositionId c : chart.childrenOf(manager)) {
            Severity below = worstBelow(c);
            if (below != null && (worst == null || below.ordinal() < worst.ordinal())) {
                worst = below;
            }
        }
        return worst;
    }
}
