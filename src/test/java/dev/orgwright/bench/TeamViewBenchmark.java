package dev.orgwright.bench;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What showing one team alone costs the window on a chart of 100,000 positions: switching to
 * the team and back, and an edit inside the team (a retitle, and a move), against the same edit
 * with the whole chart shown. The team is cut out of each chart version and laid out afresh, so
 * its cost follows the team's size. Not a test: it prints figures and never fails a build.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.TeamViewBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class TeamViewBenchmark {

    private static final int RUNS = 7;
    private static final int WARM_UPS = 3;

    private TeamViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Chart chart = IoBenchmark.realisticChart(size, new Random(42));
        ChartWindowModel model = new ChartWindowModel(chart, CardSizer.fixed(180, 64), ChartFiles::load,
                new RecordingDialogs());
        model.view().resize(1600, 1000);
        System.out.printf(Locale.ROOT, "%,d positions%n", chart.size());
        edits("whole chart", model, chart.roots().get(0));
        for (double share : new double[] {0.01, 0.1, 0.5}) {
            PositionId root = teamOf(model.chart(), (int) (size * share));
            int team = model.chart().subtree(root).size();
            System.out.printf(Locale.ROOT, "team of %,d positions (%.0f%%)%n", team, 100.0 * team / size);
            report("  whole chart, then the team again", Median.millis(WARM_UPS, RUNS, () -> {
                model.showTeam(null);
                model.showTeam(root);
            }));
            edits("team", model, root);
            model.showTeam(null);
        }
    }

    /** A retitle and a move inside the team below {@code root}, each undone, as the window shows it now. */
    private static void edits(String what, ChartWindowModel model, PositionId root) throws Exception {
        List<PositionId> team = model.chart().subtree(root);
        PositionId card = team.get(team.size() / 2);
        PositionId target = team.get(team.size() - 1);
        int[] n = {0};
        report("  retitle a card (" + what + ")", Median.millis(WARM_UPS, RUNS, () -> {
            model.apply(Edits.setTitle(card, "Retitled " + n[0]++));
        }));
        PositionId leaf = target;
        PositionId newManager = model.chart().position(card).reportsTo() == null ? root : card;
        report("  move a card and undo (" + what + ")", Median.millis(WARM_UPS, RUNS, () -> {
            if (model.apply(Edits.move(leaf, newManager, -1)).isApplied()) {
                model.undo();
            }
        }));
    }

    /** The manager below the top whose team is nearest {@code wanted} positions (team sizes summed bottom up). */
    private static PositionId teamOf(Chart chart, int wanted) {
        List<dev.orgwright.model.Position> order = new java.util.ArrayList<>();
        chart.inTreeOrder().forEach(order::add);
        java.util.Map<PositionId, Integer> sizes = new java.util.HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            var p = order.get(i);
            int own = sizes.merge(p.id(), 1, Integer::sum);
            if (p.reportsTo() != null) {
                sizes.merge(p.reportsTo(), own, Integer::sum);
            }
        }
        PositionId best = chart.roots().get(0);
        int bestGap = Integer.MAX_VALUE;
        for (var p : order) {
            int gap = Math.abs(sizes.get(p.id()) - wanted);
            if (p.reportsTo() != null && gap < bestGap) {
                best = p.id();
                bestGap = gap;
            }
        }
        return best;
    }

    private static void report(String what, double millis) {
        System.out.printf(Locale.ROOT, "%-44s %8.1f ms%n", what, millis);
    }
}
