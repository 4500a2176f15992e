package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.model.TierEdits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgwright import SENIOR.csv --staff JUNIOR.csv} and {@code --grades-from CHART}, on the UK Space Agency pair. */
class ImportPairsCommandTest {

    @TempDir
    Path dir;

    private static String fixture(String name) throws Exception {
        return Path.of(ImportPairsCommandTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name).toURI())
                .toString();
    }

    private CliRun importPair(Path out, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("import", fixture("uk-space-agency-2013-09-senior.csv"),
                "--staff", fixture("uk-space-agency-2013-09-junior.csv"), "--id-column", "Post Unique Reference",
                "--manager-column", "Reports to Senior Post", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theJuniorFileIsAttachedUnderTheSeniorPostsAndTheGradeMappingIsPrinted() throws Exception {
        Path out = dir.resolve("uksa.orgchart.json");

        CliRun run = importPair(out);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains(fixture("uk-space-agency-2013-09-junior.csv") + ": 21 rows read, 21 attached under"
                + " their posts (21 FTE), 0 not attached; no problems."), run.out());
        assertTrue(lines.contains("Grades to tiers:"), run.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("read from the job titles")), "the grades decide the tiers");
        assertTrue(lines.contains("  SCS2 → Senior Management (1 position; at the top)"), run.out());
        assertTrue(lines.contains("  SEO → Staff (7 positions; the rest)"), run.out());
        assertEquals("Wrote 41 positions to " + out + ".", lines.get(lines.size() - 1));
        Chart chart = ChartFiles.load(out);
        assertEquals(41, chart.size());
        BigDecimal juniors = BigDecimal.ZERO;
        for (Position p : chart.inTreeOrder()) {
            if (p.id().value().startsWith("staff-")) {
                juniors = juniors.add(p.fte());
                assertEquals(Templates.STAFF, p.tierId(), p.title());
            }
        }
        assertEquals(0, new BigDecimal("21").compareTo(juniors));
        assertTrue(chart.tier(Templates.SENIOR).orElseThrow().grades().contains("SCS2"));
    }

    @Test
    void gradesFromAChartComeFirstAndThePrintedMappingSaysSo() throws Exception {
        Chart ours = TierEdits.setGrades(Templates.SENIOR, List.of("of-7"))
                .apply(Chart.empty("Ours", Templates.leadershipTeam()));
        Path tiers = dir.resolve("ours.orgchart.json");
        ChartFiles.save(tiers, ours);
        Path out = dir.resolve("uksa.orgchart.json");

        CliRun run = importPair(out, "--grades-from", tiers.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("Grades to tiers (the grades of " + tiers + " first):"), run.out());
        assertTrue(lines.contains("  OF-7 → Senior Management (11 positions; listed by the tier)"), run.out());
        Chart chart = ChartFiles.load(out);
        assertEquals(Templates.SENIOR, chart.position(PositionId.of("9")).tierId());
        assertEquals(List.of("of-7", "SCS2", "SCS1"), chart.tier(Templates.SENIOR).orElseThrow().grades());
    }

    @Test
    void aStaffRowWhosePostIsUnknownIsPrintedAndTheExitIsOne() throws Exception {
        Path senior = Files.writeString(dir.resolve("senior.csv"), "id,manager,title\nceo,,Chief Executive\n",
                StandardCharsets.UTF_8);
        Path staff = Files.writeString(dir.resolve("staff.csv"), "Reporting Senior Post,Generic Job Title,"
                + "Number of Posts in FTE\nceo,Clerk,2.5\ncfo,Accountant,3\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.orgchart.json");

        CliRun run = CliRun.of("import", senior.toString(), "--staff", staff.toString(), "--out", out.toString());

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(staff + ": Row 3, column 'Reporting Senior Post': the post 'cfo' is not in "
                + senior + "; the row ('Accountant', 3 FTE) was not attached."), run.out());
        assertTrue(run.out().contains(staff + ": 2 rows read, 1 attached under their posts (2.5 FTE), 1 not attached;"
                + " 1 problem."), run.out());
        assertEquals(2, ChartFiles.load(out).size());
    }

    @Test
    void tiersFromAndGradesFromTogetherAreAUsageError() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "id,title\n1,CEO\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("a.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--tiers-from", "x.orgchart.json",
                "--grades-from", "y.orgchart.json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("orgwright: --tiers-from and --grades-from both name the chart whose tiers to"
                + " use; give one of them."), run.err());
        assertFalse(Files.exists(out));
    }
}
