package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Scenario;
import dev.orgwright.model.Scenarios;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orgwright registered with a real git repository, as docs/git.md says: two branches edit one
 * chart and {@code git merge} calls {@code orgwright merge} as the merge driver; {@code git diff}
 * calls {@code orgwright git-diff} as textconv and as external diff. The repository's own
 * configuration only: the user's global and system settings are kept out.
 */
class GitMergeDriverTest {

    private static final String CHART = "acme.orgchart.json";

    @TempDir
    Path dir;

    private Path repo;
    private Path orgwright;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectory(dir.resolve("repo"));
        orgwright = dir.resolve("orgwright");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(orgwright, "#!/bin/sh\nexec " + quoted(java) + " -cp " + quoted(System.getProperty("java.class.path"))
                + " dev.orgwright.app.Launcher \"$@\"\n");
        assertTrue(orgwright.toFile().setExecutable(true));
        git("init", "-q");
        git("config", "user.name", "Test");
        git("config", "user.email", "test@example.org");
        git("config", "commit.gpgsign", "false");
        git("config", "merge.orgwright.name", "Orgwright chart merge");
        git("config", "merge.orgwright.driver", quoted(orgwright.toString()) + " merge %O %A %B --name %P");
        Files.writeString(repo.resolve(".gitattributes"), "*.orgchart.json merge=orgwright diff=orgwright\n");
        ChartFiles.save(repo.resolve(CHART), TestCharts.company());
        git("add", ".");
        git("commit", "-q", "-m", "base");
        git("branch", "-M", "main");
    }

    @Test
    void twoBranchesEditingDifferentPositionsMergeIntoAChartWithBothEdits() throws Exception {
        branch("ours", Edits.setHolder(PositionId.of("cfo"), "Ana Diaz"));
        branch("theirs", Edits.setTitle(PositionId.of("head-ops"), "Head of Delivery"),
                Edits.move(PositionId.of("advisor"), PositionId.of("ceo"), -1));
        git("checkout", "-q", "ours");

        Result merge = git("merge", "--no-edit", "theirs");

        assertEquals(0, merge.code(), merge.output());
        Chart merged = ChartFiles.load(repo.resolve(CHART));
        assertEquals("Ana Diaz", merged.position(PositionId.of("cfo")).holder());
        assertEquals("Head of Delivery", merged.position(PositionId.of("head-ops")).title());
        assertEquals(PositionId.of("ceo"), merged.position(PositionId.of("advisor")).reportsTo());
        assertEquals("", git("status", "--porcelain").output());
    }

    @Test
    void aConflictLeavesGitReportingItAndTheFileAValidChartWithOursValues() throws Exception {
        branch("ours", Edits.setTitle(PositionId.of("cfo"), "Finance Director"),
                Edits.setDepartment(PositionId.of("coo"), "Operations"));
        branch("theirs", Edits.setTitle(PositionId.of("cfo"), "Chief Finance Officer"),
                Edits.setHolder(PositionId.of("head-ops"), "Jo Bell"));
        git("checkout", "-q", "ours");

        Result merge = git("merge", "--no-edit", "theirs");

        assertNotEquals(0, merge.code(), merge.output());
        assertTrue(merge.output().contains("CONFLICT") && merge.output().contains(CHART), merge.output());
        assertTrue(merge.output().contains("conflict: 'cfo' ('Finance Director'): title: OURS 'Finance Director',"
                + " THEIRS 'Chief Finance Officer'; kept OURS."), merge.output());
        assertTrue(git("status", "--porcelain").output().contains("UU " + CHART));
        Chart merged = ChartFiles.load(repo.resolve(CHART));
        assertEquals("Finance Director", merged.position(PositionId.of("cfo")).title());
        assertEquals("Operations", merged.position(PositionId.of("coo")).department());
        assertEquals("Jo Bell", merged.position(PositionId.of("head-ops")).holder());
    }

    @Test
    void gitDiffShowsTheChangesAsTextconvAndAsExternalDiff() throws Exception {
        branch("edit", Edits.setHolder(PositionId.of("cfo"), "Ana Diaz"));

        git("config", "diff.orgwright.textconv", quoted(orgwright.toString()) + " git-diff");
        Result textconv = git("diff", "main", "edit", "--", CHART);
        git("config", "--unset", "diff.orgwright.textconv");
        git("config", "diff.orgwright.command", quoted(orgwright.toString()) + " git-diff");
        Result external = git("diff", "main", "edit", "--", CHART);

        assertEquals(0, textconv.code(), textconv.output());
        assertTrue(textconv.output().contains("-  - Chief Financial Officer [cfo] vacant; tier senior"), textconv.output());
        assertTrue(textconv.output().contains("+  - Chief Financial Officer [cfo] Ana Diaz; tier senior"),
                textconv.output());
        assertEquals(0, external.code(), external.output());
        assertTrue(external.output().contains("orgwright diff a/" + CHART + " b/" + CHART), external.output());
        assertTrue(external.output().contains("'Chief Financial Officer' is now held by Ana Diaz (was vacant)."),
                external.output());
    }

    @Test
    void twoBranchesEditingDifferentScenariosMergeWithBothEditsAndGitDiffShowsThem() throws Exception {
        Chart chart = Scenarios.add(Scenarios.add(TestCharts.company(), "Lean", "", null), "Growth", "", null);
        ChartFiles.save(repo.resolve(CHART), chart);
        git("commit", "-q", "-am", "scenarios");
        branchWith("ours", c -> inScenario(c, "lean", Edits.removeWithSubtree(PositionId.of("head-mkt"))));
        branchWith("theirs", c -> inScenario(c, "growth", Edits.setTitle(PositionId.of("head-ops"), "Head of Delivery")));
        git("checkout", "-q", "ours");

        Result merge = git("merge", "--no-edit", "theirs");

        assertEquals(0, merge.code(), merge.output());
        Chart merged = ChartFiles.load(repo.resolve(CHART));
        assertFalse(Scenarios.find(merged, "lean").orElseThrow().chart().contains(PositionId.of("head-mkt")));
        assertEquals("Head of Delivery", Scenarios.find(merged, "growth").orElseThrow().chart()
                .position(PositionId.of("head-ops")).title());
        assertEquals("Head of Operations", merged.position(PositionId.of("head-ops")).title());
        git("config", "diff.orgwright.textconv", quoted(orgwright.toString()) + " git-diff");
        Result textconv = git("diff", "main", "theirs", "--", CHART);
        assertTrue(textconv.output().contains("+      - Head of Delivery [head-ops] vacant; tier executive"),
                textconv.output());
        assertTrue(textconv.output().contains("scenario: Growth [growth]"), textconv.output());
    }

    private static Chart inScenario(Chart chart, String id, dev.orgwright.model.Edit edit) {
        Scenario s = Scenarios.find(chart, id).orElseThrow();
        return Scenarios.replace(chart, s.withChart(edit.apply(s.chart())));
    }

    /** A branch from main with the change committed; main stays checked out. */
    private void branchWith(String name, java.util.function.UnaryOperator<Chart> change) throws Exception {
        git("checkout", "-q", "-b", name, "main");
        ChartFiles.save(repo.resolve(CHART), change.apply(ChartFiles.load(repo.resolve(CHART))));
        Result commit = git("commit", "-q", "-am", name);
        assertEquals(0, commit.code(), commit.output());
        git("checkout", "-q", "main");
    }

    /** A branch from main with the edits committed; main stays checked out. */
    private void branch(String name, dev.orgwright.model.Edit... edits) throws Exception {
        git("checkout", "-q", "-b", name, "main");
        Chart chart = ChartFiles.load(repo.resolve(CHART));
        for (var e : edits) {
            chart = e.apply(chart);
        }
        ChartFiles.save(repo.resolve(CHART), chart);
        Result commit = git("commit", "-q", "-am", name);
        assertEquals(0, commit.code(), commit.output());
        git("checkout", "-q", "main");
    }

    private record Result(int code, String output) {
    }

    private Result git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", dir.resolve("no-global-config").toString());
        builder.environment().put("HOME", dir.toString());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "git " + String.join(" ", args) + " finished");
        return new Result(process.exitValue(), output);
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
