package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Path fixture() throws Exception {
        return Path.of(ImportExportCommandTest.class.getResource("/dev/orgwright/io/csv/org-chart-sample.csv").toURI());
    }

    @Test
    void importingTheRealExportWritesTheChartAndExitsZero() throws Exception {
        Path out = dir.resolve("hr.orgchart.json");
        CliRun run = CliRun.of("import", fixture().toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String[] lines = run.outLines();
        assertEquals(7, lines.length, run.out());
        assertTrue(lines[0].endsWith("org-chart-sample.csv: UTF-8, comma-separated; columns: id (id), parentId"
                + " (manager), name (holder's first name), lastName (holder's last name), position (title),"
                + " image (photo), email (holder's e-mail), salary (cost), department_name (department); 15 other"
                + " columns kept as own fields."), lines[0]);
        assertTrue(lines[1].endsWith(": 'id' holds the ids: its name says so, and its 107 values are all different."),
                lines[1]);
        assertTrue(lines[2].endsWith(": 'parentId' holds the managers: its name says so, and 106 of its 106 values"
                + " name another row by its id."), lines[2]);
        assertTrue(lines[3].endsWith(": 107 rows read, 107 imported, 0 refused; no problems."), lines[3]);
        assertTrue(lines[4].endsWith(": Tiers: 107 read from the job titles, 0 inferred from the reporting lines."),
                lines[4]);
        assertTrue(lines[5].contains(": Own fields: Image, E-mail (private), Phone number (private), Hire date,"),
                lines[5]);
        assertTrue(lines[5].endsWith(" The private ones are in no export, print or presentation unless asked for."),
                lines[5]);
        assertEquals("Wrote 107 positions to " + out + ".", lines[6]);
        Chart chart = ChartFiles.load(out);
        assertEquals(107, chart.size());
        assertEquals("org-chart-sample", chart.title());
        assertEquals("Steven King", chart.position(PositionId.of("100")).holder());
    }

    @Test
    void importSaysHowManyTiersCameFromTheTitlesAndHowManyFromTheReportingLines() throws Exception {
        Path csv = write("shop.csv", "id,manager id,title\n1,,CEO\n2,1,Head of Sales\n3,2,Account Executive\n"
                + "4,2,Shop Floor\n5,4,Cashier\n6,,Volunteer\n");
        Path out = dir.resolve("shop.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Arrays.asList(run.outLines()).contains(csv + ": Tiers: 3 read from the job titles, 2 inferred"
                + " from the reporting lines, 1 left without a tier (give it one in the chart)."), run.out());
        Chart chart = ChartFiles.load(out);
        assertEquals(Templates.STAFF, chart.position(PositionId.of("3")).tierId());
        assertEquals(Templates.EXECUTIVE, chart.position(PositionId.of("4")).tierId());
        assertEquals(null, chart.position(PositionId.of("6")).tierId());
    }

    @Test
    void problemRowsArePrintedTheRestIsWrittenAndTheExitIsOne() throws Exception {
        Path csv = write("staff.csv", "id;manager id;name;title\n1;;Ana Costa;CEO\n1;;Bo Ek;CFO\n3;9;Kim Park;Clerk\n\n"
                + "5;1;Li Wu;Clerk\n6;1;Jo Lund;Clerk\n7;1;Ed Moe;Clerk\n8;1;Al Roe;Clerk\n");
        Path out = dir.resolve("staff.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--title", "Staff");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(
                csv + ": UTF-8, semicolon-separated; columns: id (id), manager id (manager), name (holder's full"
                        + " name), title (title).",
                csv + ": 'id' holds the ids: its name says so, and 6 of its 7 values are different.",
                csv + ": 'manager id' holds the managers: its name says so, and 4 of its 5 values name another row"
                        + " by its id.",
                csv + ": Row 3, column 'id': the id '1' is already used by row 2; this row was imported as '1~2',"
                        + " and managers named '1' are row 2. Give one of them another id in the file.",
                csv + ": Row 4, column 'manager id': the manager '9' is neither an id nor a person's name in this"
                        + " file; position '3' (Clerk, Kim Park) was imported as a top position.",
                csv + ": Row 5 is blank; it was skipped.",
                csv + ": 8 rows read, 7 imported, 1 refused; 3 problems.",
                csv + ": Tiers: 7 read from the job titles, 0 inferred from the reporting lines.",
                "Wrote 7 positions to " + out + "."), Arrays.asList(run.outLines()));
        Chart chart = ChartFiles.load(out);
        assertEquals("Staff", chart.title());
        assertEquals(List.of(PositionId.of("1"), PositionId.of("1~2"), PositionId.of("3")), chart.roots());
    }

    @Test
    void rowsImportedWithAProblemExitZeroOrOneWhenStrict() throws Exception {
        Path csv = write("orphans.csv", "id,manager id,title\n1,,CEO\n2,77,Head of Sales\n3,3,Clerk\n"
                + "4,1,Clerk\n5,1,Clerk\n6,1,Clerk\n7,1,Clerk\n8,1,Clerk\n9,1,Clerk\n10,1,Clerk\n");
        Path out = dir.resolve("orphans.orgchart.json");

        CliRun lenient = CliRun.of("import", csv.toString(), "--out", out.toString());
        CliRun strict = CliRun.of("import", csv.toString(), "--out", out.toString(), "--strict");

        assertEquals(0, lenient.exitCode(), lenient.out());
        assertTrue(lenient.out().contains(csv + ": Row 3, column 'manager id': the manager '77' is neither an id"
                + " nor a person's name in this file;"), lenient.out());
        assertTrue(lenient.out().contains(csv + ": Row 4, column 'manager id': position '3' (Clerk) is its own"
                + " manager;"), lenient.out());
        assertTrue(lenient.out().contains(": 10 rows read, 10 imported, 0 refused; 2 problems."), lenient.out());
        assertEquals(1, strict.exitCode(), strict.out());
        assertEquals(3, ChartFiles.load(out).roots().size());
    }

    @Test
    void aFileThatCannotBeReadExitsTwoAndWritesNothing() throws Exception {
        Path out = dir.resolve("x.orgchart.json");
        Path missing = dir.resolve("missing.csv");

        CliRun run = CliRun.of("import", missing.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertEquals(missing + ": The file does not exist. Check the name and the folder.", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileWhereNoRowCanBeImportedExitsTwoAndWritesNothing() throws Exception {
        Path csv = write("empty.csv", "id,title\n,CEO\n");
        Path out = dir.resolve("x.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("Row 2, column 'id': the id is empty"), run.out());
        assertEquals(csv + ": no row could be imported, so " + out + " was not written.", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void columnsAndTheDelimiterCanBeChosen() throws Exception {
        Path csv = write("odd.csv", "who;job;pers;boss\nAna Costa;CEO;a1;\nOla Nowak;Head of Sales;a2;a1\n");
        Path out = dir.resolve("odd.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--delimiter", "semicolon",
                "--id-column", "pers", "--name-column", "WHO", "--extra-columns", "ignore");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        Chart chart = ChartFiles.load(out);
        Position sales = chart.position(PositionId.of("a2"));
        assertEquals("Ola Nowak", sales.holder());
        assertEquals("Head of Sales", sales.title());
        assertEquals(Templates.EXECUTIVE, sales.tierId());
        assertEquals(PositionId.of("a1"), sales.reportsTo());
    }

    @Test
    void anUnknownColumnOrDelimiterIsAUsageError() throws Exception {
        Path csv = write("a.csv", "id,title\n1,CEO\n");
        Path out = dir.resolve("a.orgchart.json");

        CliRun column = CliRun.of("import", csv.toString(), "--out", out.toString(), "--title-column", "Job");
        assertEquals(2, column.exitCode());
        assertTrue(column.err().startsWith("orgwright: --title-column: " + csv + " has no column 'Job'; its"
                + " columns are id, title."), column.err());

        CliRun delimiter = CliRun.of("import", csv.toString(), "--out", out.toString(), "--delimiter", "colon");
        assertEquals(2, delimiter.exitCode());
        assertTrue(delimiter.err().startsWith("orgwright: --delimiter 'colon' is not one of comma, semicolon, tab, pipe."),
                delimiter.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportWritesACsvThatImportsBackToTheSameChart() throws Exception {
        Chart company = TestCharts.company();
        Path chartFile = TestCharts.save(dir.resolve("acme.orgchart.json"), company);
        Path csv = dir.resolve("acme.csv");

        CliRun export = CliRun.of("export", chartFile.toString(), "--to", csv.toString());

        assertEquals(0, export.exitCode(), export.err());
        assertEquals(List.of(chartFile + ": 3 dotted lines are not in the CSV file.",
                chartFile + ": 1 position is marked as an assistant; the CSV file does not say so.",
                "Wrote 11 positions to " + csv + "."), Arrays.asList(export.outLines()));
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nhead-sales,coo,Lena Fischer,Head of Sales,,Executive Management,,,1,,\r\n"), text);

        // The chart's tiers are the default template's, Staff included, so the template reads the tier column.
        Path back = dir.resolve("back.orgchart.json");
        CliRun withTemplate = CliRun.of("import", csv.toString(), "--out", back.toString());
        assertEquals(0, withTemplate.exitCode(), "every row was imported: " + withTemplate.out());
        assertFalse(withTemplate.out().contains("is not a tier of this chart"), withTemplate.out());
        assertEquals(asACsvFileBringsItBack(company), positions(ChartFiles.load(back)));

        CliRun reimport = CliRun.of("import", csv.toString(), "--out", back.toString(), "--tiers-from",
                chartFile.toString());
        assertEquals(0, reimport.exitCode(), reimport.out());
        Chart again = ChartFiles.load(back);
        assertEquals(company.roots(), again.roots());
        assertEquals(asACsvFileBringsItBack(company), positions(again));
    }

    @Test
    void exportRefusesUnknownFormatsAndUnreadableCharts() throws Exception {
        Path chartFile = TestCharts.save(dir.resolve("acme.orgchart.json"), TestCharts.company());

        Path upper = dir.resolve("ACME.CSV");
        CliRun csvUpper = CliRun.of("export", chartFile.toString(), "--to", upper.toString());
        assertEquals(0, csvUpper.exitCode(), csvUpper.err());
        assertTrue(Files.exists(upper), "the extension is read whatever its case");

        Path xlsx = dir.resolve("acme.ods");
        CliRun unknown = CliRun.of("export", chartFile.toString(), "--to", xlsx.toString());
        assertEquals(2, unknown.exitCode());
        assertEquals("orgwright export: cannot tell the format of " + xlsx + " from its extension; name it *.png,"
                + " *.svg, *.pdf, *.csv, *.xlsx or *.pptx.", unknown.err().strip());
        assertFalse(Files.exists(xlsx));

        Path part = dir.resolve("part.csv");
        CliRun subtree = CliRun.of("export", chartFile.toString(), "--to", part.toString(), "--subtree", "nobody");
        assertEquals(2, subtree.exitCode());
        assertEquals("orgwright export: " + chartFile + " has no position with the id 'nobody'; give the id of the"
                + " position whose subtree to export. Nothing was written.", subtree.err().strip());
        assertFalse(Files.exists(part));

        Path blocked = write("not-a-folder", "a file where a folder is expected").resolve("acme.csv");
        CliRun unwritable = CliRun.of("export", chartFile.toString(), "--to", blocked.toString());
        assertEquals(2, unwritable.exitCode());
        assertTrue(unwritable.err().contains("acme.csv"), unwritable.err());
        assertEquals("", unwritable.out());

        Path broken = write("broken.orgchart.json", "{ not json");
        CliRun unreadable = CliRun.of("export", broken.toString(), "--to", dir.resolve("b.csv").toString());
        assertEquals(2, unreadable.exitCode());
        assertTrue(unreadable.err().startsWith("broken.orgchart.json, line 1, column 3: This is not valid JSON"),
                unreadable.err());
        assertFalse(Files.exists(dir.resolve("b.csv")));
    }

    @Test
    void tiersFromAChartThatDoesNotLoadExitTwoAndWriteNothing() throws Exception {
        Path csv = write("a.csv", "id,title\n1,CEO\n");
        Path out = dir.resolve("a.orgchart.json");
        Path missing = dir.resolve("ours.orgchart.json");

        CliRun run = CliRun.of("import", csv.toString(), "--out", out.toString(), "--tiers-from", missing.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of("--tiers-from " + missing + ": this chart cannot be read, so its tiers cannot be used;"
                + " nothing was imported.", "ours.orgchart.json: The file does not exist (" + missing + ")."),
                run.err().lines().toList());
        assertFalse(Files.exists(out));
    }

    @Test
    void bothCommandsAreRegistered() {
        assertTrue(Cli.commandNames().containsAll(List.of("import", "export")));
    }

    private static List<Position> positions(Chart chart) {
        List<Position> out = new ArrayList<>();
        chart.inTreeOrder().forEach(out::add);
        return out;
    }

    /**
     * What a CSV file brings back of a chart: no dotted lines, and an assistant only where the
     * title says so (the import marks an "Executive Assistant" without reports as one).
     */
    private static List<Position> asACsvFileBringsItBack(Chart chart) {
        return positions(chart).stream().map(p -> p.withDottedLines(List.of())
                .withAssistant(p.assistant() && dev.orgwright.io.csv.AssistantTitles.assists(p.title()))).toList();
    }
}
