package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.PositionId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orgwright import} with no column named, with {@code --map}, and with {@code --dry-run}. */
class ImportMappingCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Path organogram(String name) throws Exception {
        return Path.of(ImportMappingCommandTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name).toURI());
    }

    @Test
    void theSpaceAgencySeniorFileImportsIntoOneTopPostWithNoOption() throws Exception {
        Path csv = organogram("uk-space-agency-2013-09-senior.csv");
        Path out = dir.resolve("ukspace.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = Arrays.asList(run.outLines());
        assertTrue(lines.contains(csv + ": 'Post Unique Reference' holds the ids: its name says so, and its 20 values"
                + " are all different."), run.out());
        assertTrue(lines.contains(csv + ": 'Reports to Senior Post' holds the managers: its name says so, and 19 of"
                + " its 19 values name another row by its id."), run.out());
        assertTrue(lines.contains(csv + ": Column 1 has no name and holds the row numbers 0, 1, 2, …; it was left"
                + " out."), run.out());
        assertTrue(lines.contains(csv + ": 20 rows read, 20 imported, 0 refused; no problems."), run.out());
        Chart chart = ChartFiles.load(out);
        assertEquals(List.of(PositionId.of("1")), chart.roots());
        assertEquals(20, chart.size());
    }

    @Test
    void theCabinetOfficeSeniorFileImportsIntoOneTopPostWithNoOption() throws Exception {
        Path csv = organogram("cabinet-office-2013-09-senior.csv");
        Path out = dir.resolve("co.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString());

        assertFalse(run.out().contains("top position"), "no post made a top position: " + run.out());
        assertFalse(run.out().contains("'xx'"), "the mark xx is not reported: " + run.out());
        Chart chart = ChartFiles.load(out);
        assertEquals(List.of(PositionId.of("405")), chart.roots());
    }

    @Test
    void managersGivenByEmailConnect() throws Exception {
        Path csv = write("people.csv", "Employee ID,Name,Title,Manager Email,Email\n"
                + "101,Ana Costa,Chief Executive Officer,,ana.costa@example.com\n"
                + "102,Bo Ek,Chief Financial Officer,Ana.Costa@example.com,bo.ek@example.com\n"
                + "103,Kim Park,Accountant,bo.ek@example.com,kim.park@example.com\n"
                + "104,Li Wu,Accountant,bo.ek@example.com,li.wu@example.com\n");
        Path out = dir.resolve("people.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out());
        Chart chart = ChartFiles.load(out);
        assertEquals(List.of(PositionId.of("101")), chart.roots());
        assertEquals(List.of(PositionId.of("102"), PositionId.of("101")), chart.chainOfCommand(PositionId.of("104")));
    }

    @Test
    void aFlatFileIsAProblemNamingTheColumnsTheChartIsWrittenAndTheExitIsOne() throws Exception {
        Path csv = write("flat.csv", "id,title,Dept,Upline\n1,CEO,Board,\n2,CFO,Finance,1\n3,Clerk,Finance,2\n");
        Path out = dir.resolve("flat.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--map", "manager=Dept");

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(Arrays.asList(run.outLines()).contains(csv + ": No position reports to another: none of the values"
                + " in 'Dept' is the id, full name or e-mail of another row. The managers may be in 'Upline' (2 of 2"
                + " values name another row by its id); choose the column with --map manager=COLUMN on the command"
                + " line, or as the manager column in the import dialog."), run.out());
        assertTrue(run.out().contains(csv + ": 'Dept' holds the managers, as chosen on the command line."), run.out());
        assertEquals(3, ChartFiles.load(out).roots().size(), "the chart is still written");

        CliRun fixed = CliRun.of("import", csv.toString(), "--out", out.toString(), "--map", "manager=Upline");
        assertEquals(0, fixed.exitCode(), fixed.out());
        assertEquals(1, ChartFiles.load(out).roots().size());
    }

    @Test
    void withoutTheMapTheValuesFindTheManagerColumn() throws Exception {
        Path csv = write("upline.csv", "id,title,Dept,Upline\n1,CEO,Board,\n2,CFO,Finance,1\n3,Clerk,Finance,2\n");
        Path out = dir.resolve("upline.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains(csv + ": 'Upline' holds the managers: no column is named as one, but 2 of its 2"
                + " values name another row by its id."), run.out());
        assertEquals(List.of(PositionId.of("2"), PositionId.of("1")),
                ChartFiles.load(out).chainOfCommand(PositionId.of("3")));
    }

    @Test
    void mapTakesAnyRoleByItsKeyAndTheOldOptionsStayAsAliases() throws Exception {
        Path csv = write("hr.csv", "Code,Boss,Who,What,Team\nA,,Ana Costa,CEO,Board\nB,A,Bo Ek,CFO,Finance\n");
        Path out = dir.resolve("hr.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--map", "id=Code",
                "--map", "name=Who", "--title-column", "What", "--map", "department=5");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.outLines()[0].endsWith("columns: Code (id), Boss (manager), Who (holder's full name),"
                + " What (title), Team (department)."), run.outLines()[0]);
        Chart chart = ChartFiles.load(out);
        assertEquals("Bo Ek", chart.position(PositionId.of("B")).holder());
        assertEquals("Finance", chart.position(PositionId.of("B")).department());
        assertEquals(PositionId.of("A"), chart.position(PositionId.of("B")).reportsTo());
    }

    @Test
    void aWrongMapIsRefusedWithWhatToWrite() throws Exception {
        Path csv = write("hr.csv", "id,title\n1,CEO\n");
        Path out = dir.resolve("hr.orgchart.json");

        CliRun role = CliRun.of("import", csv.toString(), "--out", out.toString(), "--map", "boss=id");
        assertEquals(2, role.exitCode());
        assertTrue(role.err().contains("--map 'boss=id': 'boss' is not a role; the roles are id, manager, name,"
                + " first-name, last-name, title, department, tier, duties, notes, fte, grade, cost, pay-floor,"
                + " pay-ceiling, email, status, photo, field, extra, ignore."), role.err());

        CliRun column = CliRun.of("import", csv.toString(), "--out", out.toString(), "--map", "manager=Boss");
        assertEquals(2, column.exitCode());
        assertTrue(column.err().contains("--map manager: " + csv + " has no column 'Boss'; its columns are id,"
                + " title."), column.err());

        CliRun shape = CliRun.of("import", csv.toString(), "--out", out.toString(), "--map", "manager");
        assertEquals(2, shape.exitCode());
        assertTrue(shape.err().contains("--map 'manager' is not ROLE=COLUMN"), shape.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void dryRunPrintsTheMappingAndTheFiguresAndWritesNothing() throws Exception {
        Path csv = write("shop.csv", "id,manager id,title\n1,,CEO\n2,1,Head of Sales\n3,2,Clerk\n4,9,Clerk\n"
                + "5,2,Clerk\n6,2,Clerk\n");
        Path out = dir.resolve("shop.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--dry-run");

        assertEquals(0, run.exitCode(), run.out());
        String[] lines = run.outLines();
        assertTrue(lines[0].endsWith("columns: id (id), manager id (manager), title (title)."), lines[0]);
        assertEquals(csv + ": 6 rows, 6 positions; 2 top positions, 3 levels, 1 manager not found; 6 vacancies. Nothing was"
                + " written (--dry-run).", lines[lines.length - 1]);
        assertFalse(Files.exists(out));

        CliRun noOut = CliRun.of("import", csv.toString(), "--dry-run");
        assertEquals(0, noOut.exitCode(), noOut.err());
        assertEquals(run.out(), noOut.out());

        CliRun missing = CliRun.of("import", csv.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("Missing required option: '--out=CHART.orgchart.json'"), missing.err());
    }
}
