package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.SavedView;
import dev.orgwright.model.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --view NAME} draws a view saved in the chart; without it, the view the window last showed. */
class ExportViewsTest {

    @TempDir
    Path dir;

    /** The company chart with a "Board" view (two levels, holders hidden) and an "Operations" view (the COO's team, sales folded). */
    private Path chartWithViews(SavedView shown) throws Exception {
        Chart chart = TestCharts.company();
        chart = Views.save("s", new SavedView("Board", null, 2, null, "tidy", null, List.of(), List.of("holders")))
                .apply(chart);
        chart = Views.save("s", new SavedView("Operations", "coo", null, "by-tier", "compact", "left-right",
                List.of("head-sales"), List.of())).apply(chart);
        if (shown != null) {
            chart = chart.withSettings(Views.withCurrent(chart.settings(), shown));
        }
        return TestCharts.save(dir.resolve("views.orgchart.json"), chart);
    }

    private String svg(Path file, String name, String... options) throws Exception {
        Path out = dir.resolve(name + ".svg");
        String[] args = new String[options.length + 4];
        args[0] = "export";
        args[1] = file.toString();
        args[2] = "--to";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return Files.readString(out);
    }

    @Test
    void eachViewDrawsItsOwnPartOfTheChart() throws Exception {
        Path file = chartWithViews(null);

        String whole = svg(file, "whole");
        String board = svg(file, "board", "--view", "Board");
        String operations = svg(file, "ops", "--view", "operations");

        assertTrue(whole.contains(">Account Executive<") && whole.contains(">Maya Lindqvist<"));
        assertTrue(board.contains(">Chief Operating Officer<"), "level 2 is drawn");
        assertFalse(board.contains(">Head of Sales<"), "level 3 is folded");
        assertFalse(board.contains(">Maya Lindqvist<"), "the view hides the holders");
        assertFalse(operations.contains(">Chief Executive Officer<"), "the view starts at the COO");
        assertTrue(operations.contains(">Head of Sales<") && operations.contains(">Head of Support<"));
        assertFalse(operations.contains(">Account Executive<"), "the view folds the sales team");
    }

    @Test
    void optionsChangeTheViewAndTheViewShownIsTheDefault() throws Exception {
        Path file = chartWithViews(new SavedView(null, null, null, null, "compact", null, List.of("coo"), List.of()));

        String shown = svg(file, "shown");
        assertTrue(shown.contains(">Chief Operating Officer<"));
        assertFalse(shown.contains(">Head of Sales<"), "the window's folded team is folded on the command line too");
        String deeper = svg(file, "deeper", "--view", "Board", "--depth", "3", "--orientation", "left-right");
        assertTrue(deeper.contains(">Head of Sales<"), "--depth changes the view's depth");
        assertFalse(deeper.contains(">Account Executive<"));
        assertNotEquals(svg(file, "board", "--view", "Board", "--depth", "3"), deeper, "--orientation changes the drawing");
    }

    @Test
    void aViewTheChartLacksOrOneNamingAnUnknownPositionIsRefusedAndNothingIsWritten() throws Exception {
        Chart chart = TestCharts.company();
        chart = Views.save("s", new SavedView("Gone", "nobody", null, null, null, null, List.of("ceo", "ghost"),
                List.of())).apply(chart);
        Path file = TestCharts.save(dir.resolve("stale.orgchart.json"), chart);
        Path out = dir.resolve("out.svg");

        CliRun stale = CliRun.of("export", file.toString(), "--to", out.toString(), "--view", "Gone");
        assertEquals(2, stale.exitCode());
        assertTrue(stale.err().contains("The view \"Gone\" of " + file + " names 'nobody', 'ghost', which is no"
                + " position of the chart"), stale.err());
        CliRun missing = CliRun.of("export", file.toString(), "--to", out.toString(), "--view", "Board");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("has no view named \"Board\"; its views are: Gone."), missing.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theHelpNamesTheViewOptionAndLayoutSharesTheLayoutOptions() {
        CliRun help = CliRun.of("export", "--help");
        assertTrue(help.out().contains("--view=NAME") && help.out().contains("saved view NAME"), help.out());
        assertTrue(help.out().contains("--root, --subtree=ID") || help.out().contains("--subtree, --root=ID"), help.out());
        CliRun layoutHelp = CliRun.of("layout", "--help");
        assertTrue(layoutHelp.out().contains("--layout=auto|tidy|compact") && layoutHelp.out().contains("--collapse=ID"));
    }
}
