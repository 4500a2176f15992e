package dev.orgwright.cli;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.PhotoImport;
import dev.orgwright.io.SaveFailedException;
import dev.orgwright.io.csv.ColumnDetection;
import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.ColumnRole;
import dev.orgwright.io.csv.CsvDelimiter;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportProblem;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.io.csv.PairsAndGrades;
import dev.orgwright.io.xlsx.WorkbookImport;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Templates;
import dev.orgwright.model.Tier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orgwright import FILE.csv --out CHART.orgchart.json}: a chart from a spreadsheet or HR
 * export. Prints the columns it understood, every problem row with its row number, and the
 * counts; writes every row it could import, atomically.
 */
@Command(name = "import",
        description = {
                "Makes a chart from a CSV file (a spreadsheet or an HR export): UTF-8 or Windows-1252, comma,"
                        + " semicolon or tab, with a header row. Columns are found by their names (id, manager"
                        + " id / parentId / reports to, name or first and last name, title / position, department,"
                        + " tier, duties, notes), and the id and manager columns by their values when no name says"
                        + " so; other columns become the chart's own fields (pay and contact columns private), or"
                        + " go to the notes or are ignored with --extra-columns. Choose any column's role with"
                        + " --map ROLE=COLUMN. Without a tier column, tiers are read from the titles, then from the"
                        + " reporting lines.",
                "An Excel workbook (.xlsx, .xls) is read from its first sheet, or the one named by --sheet; title rows"
                        + " above the header are skipped, formulas give their saved values, and dates read as"
                        + " 2024-03-31.",
                "Problem rows are printed with their row number as a spreadsheet shows it (the header is row 1);"
                        + " every other row is imported. Positions whose manager is missing become top positions."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Every row was imported (rows changed on the way, such as a position whose manager is missing"
                        + " made a top position, are printed; with --strict they give 1).",
                "1:The chart was written, but some rows were refused (each is printed with why), rows of --staff"
                        + " were not attached, or the chart has no reporting lines or most of its managers were not"
                        + " found (the likely manager columns are printed).",
                "2:The file could not be read, no row could be imported, or the chart could not be written."})
final class ImportCommand implements Callable<Integer> {

    enum Extras { fields, notes, ignore }

    @Spec
    private CommandSpec spec;

    /** The columns whose role the command line gave: detection from the values leaves them as they are. */
    private final Set<Integer> chosen = new LinkedHashSet<>();

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file or Excel workbook to import.")
    private Path file;

    @Option(names = "--out", paramLabel = "CHART.orgchart.json",
            description = "The chart file to write (replaced if it exists); not needed with --dry-run.")
    private Path out;

    @Option(names = "--private", paramLabel = "COLUMN",
            description = "Keep this column's values private (in no drawing or export unless asked for), whatever its"
                    + " name or values suggest. Repeatable; a header or a column number from 1.")
    private List<String> privateColumns = new ArrayList<>();

    @Option(names = "--public", paramLabel = "COLUMN",
            description = "Treat this column's values as public though its name or values look personal. The cost is"
                    + " private whatever this says. Repeatable.")
    private List<String> publicColumns = new ArrayList<>();

    @Option(names = "--map", paramLabel = "ROLE=COLUMN",
            description = "Gives a column a role, by the column's name (or its number, from 1); repeatable. Roles:"
                    + " id, manager, name, first-name, last-name, title, department, tier, duties, notes, fte,"
                    + " grade, cost, pay-floor, pay-ceiling, email, status, photo, field (an own field of the"
                    + " chart), extra (kept in the notes), ignore.")
    private List<String> maps = new ArrayList<>();

    @Option(names = "--dry-run", description = "Prints the mapping and the figures (rows, top positions, levels,"
            + " managers not found) and writes nothing.")
    private boolean dryRun;

    @Option(names = "--delimiter", paramLabel = "comma|semicolon|tab",
            description = "The field delimiter; found from the first rows when not given.")
    private String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of a workbook to import; the first sheet when not given.")
    private String sheet;

    @Option(names = "--id-column", paramLabel = "NAME", description = "The column with the ids.")
    private String idColumn;

    @Option(names = "--manager-column", paramLabel = "NAME",
            description = "The column with each manager's id (or full name).")
    private String managerColumn;

    @Option(names = "--name-column", paramLabel = "NAME", description = "The column with the holder's full name.")
    private String nameColumn;

    @Option(names = "--title-column", paramLabel = "NAME", description = "The column with the job titles.")
    private String titleColumn;

    @Option(names = "--tier-column", paramLabel = "NAME", description = "The column with the tiers (id or name).")
    private String tierColumn;

    @Option(names = "--department-column", paramLabel = "NAME", description = "The column with the departments.")
    private String departmentColumn;

    @Option(names = "--extra-columns", paramLabel = "fields|notes|ignore", defaultValue = "fields",
            description = "Whether other columns are kept as the chart's own fields (default; pay and contact"
                    + " columns private), in the notes as 'Column: value', or ignored.")
    private Extras extras;

    @Option(names = "--strict", description = "Exit with 1 when any row had a problem, even one that was imported.")
    private boolean strict;

    @Option(names = "--title", paramLabel = "TEXT", description = "The chart's title; the file's name by default.")
    private String title;

    @Option(names = "--tiers-from", paramLabel = "CHART",
            description = "Use the tiers (and their catalog) of this chart instead of the default template's.")
    private Path tiersFrom;

    @Option(names = "--staff", paramLabel = "STAFF.csv",
            description = "A second file whose rows each stand for several people under a post of FILE.csv (the"
                    + " junior file of a UK organogram, or any file with a manager, a title and an FTE or head-count"
                    + " column): each row becomes one position under its post, with its FTE, grade and the cost at"
                    + " the middle of its pay band.")
    private Path staff;

    @Option(names = "--grades-from", paramLabel = "CHART",
            description = "Use the tiers of this chart and the grades they list: a position whose grade a tier lists"
                    + " goes in that tier. Grades no tier lists are placed from the structure (the top to Senior"
                    + " Management, managers to Executive Management, the rest to Staff). The mapping is printed.")
    private Path gradesFrom;

    @Option(names = "--photos", paramLabel = "DIR",
            description = "A folder of JPEG and PNG photos, each named by a position's id or its holder's name"
                    + " (case, spaces and accents aside), embedded in the chart at 128 pixels.")
    private Path photos;

    @Override
    public Integer call() {
        if (out == null && !dryRun) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=CHART.orgchart.json'"
                    + " (or --dry-run to see what the import would make without writing it).");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Character d = null;
        if (delimiter != null) {
            d = CsvDelimiter.parse(delimiter).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--delimiter '" + delimiter + "' is not one of comma, semicolon, tab."));
        }
        if (tiersFrom != null && gradesFrom != null) {
            throw new ParameterException(spec.commandLine(), "--tiers-from and --grades-from both name the chart"
                    + " whose tiers to use; give one of them.");
        }
        List<Tier> tiers = Templates.leadershipTeam();
        Path tiersChart = tiersFrom != null ? tiersFrom : gradesFrom;
        if (tiersChart != null) {
            String option = tiersFrom != null ? "--tiers-from " : "--grades-from ";
            try {
                tiers = ChartFiles.load(tiersChart).tiers();
            } catch (ChartFormatException e) {
                err.println(option + tiersChart + ": this chart cannot be read, so its tiers cannot be used;"
                        + " nothing was imported.");
                Cli.printProblems(e, err);
                return Cli.FAILED;
            }
        }
        ImportResult result;
        PairsAndGrades.Outcome finished;
        try {
            CsvTable table = read(d);
            ColumnMapping mapping = mapping(table);
            String chartTitle = title != null ? title : chartTitle();
            ImportOptions options = new ImportOptions(chartTitle, tiers).withPrivacy(privacy(mapping));
            result = CsvImport.importTable(table, mapping, options);
            finished = PairsAndGrades.finish(result, staff == null ? null : CsvImport.read(staff), null, Map.of());
        } catch (ChartFormatException e) {
            Cli.printProblems(e, err);
            return Cli.FAILED;
        }
        CsvTable table = result.table();
        stdout.println(file + ": " + (WorkbookImport.isWorkbook(file) ? table.encoding()
                : table.encoding() + ", " + table.delimiterName() + "-separated") + "; columns: "
                + result.mapping().describe());
        for (int c : chosen) {
            ColumnRole role = result.mapping().role(c);
            if (role == ColumnRole.ID || role == ColumnRole.MANAGER) {
                stdout.println(file + ": '" + result.mapping().headerName(c) + "' holds the "
                        + (role == ColumnRole.ID ? "ids" : "managers") + ", as chosen on the command line.");
            }
        }
        for (String why : result.mapping().explanations()) {
            stdout.println(file + ": " + why);
        }
        for (ImportProblem p : result.problems()) {
            stdout.println(file + ": " + p.message());
        }
        stdout.println(file + ": " + result.summary());
        // With grades, the grades decide the tiers (printed below), not the titles.
        if (!result.tierSummary().isEmpty() && finished.gradeLines().isEmpty()) {
            stdout.println(file + ": " + result.tierSummary());
        }
        for (String line : List.of(result.holderSummary(), result.fieldSummary())) {
            if (!line.isEmpty()) {
                stdout.println(file + ": " + line);
            }
        }
        finished.staff().ifPresent(attached -> {
            attached.problems().forEach(p -> stdout.println(staff + ": " + p.message()));
            stdout.println(staff + ": " + attached.summary());
        });
        if (!finished.gradeLines().isEmpty()) {
            stdout.println("Grades to tiers" + (gradesFrom != null ? " (the grades of " + gradesFrom + " first):"
                    : ":"));
            finished.gradeLines().forEach(line -> stdout.println("  " + line));
        }
        Chart chart = finished.chart();
        PhotoImport.Outcome fromColumn = PhotoImport.fromPaths(chart, baseFolder());
        chart = fromColumn.chart();
        if (fromColumn.matched() > 0 || !fromColumn.problems().isEmpty()) {
            stdout.println(CliTexts.t("import.photos.column", file, fromColumn.matched()));
            fromColumn.problems().forEach(p -> stdout.println(CliTexts.t("import.photos.problem", file, p)));
        }
        if (photos != null) {
            if (!Files.isDirectory(photos)) {
                err.println(CliTexts.t("import.photos.notFolder", photos));
                return Cli.FAILED;
            }
            PhotoImport.Outcome fromFolder;
            try {
                fromFolder = PhotoImport.fromFolder(chart, photos);
            } catch (IOException e) {
                err.println(CliTexts.t("import.photos.unreadable", photos, String.valueOf(e.getMessage())));
                return Cli.FAILED;
            }
            chart = fromFolder.chart();
            fromFolder.problems().forEach(p -> stdout.println(CliTexts.t("import.photos.problem", photos, p)));
            fromFolder.unmatched().forEach(n -> stdout.println(CliTexts.t("import.photos.unmatched", photos, n)));
            stdout.println(CliTexts.t("import.photos.summary", photos, fromFolder.matched(), fromFolder.unmatched().size(),
                    fromFolder.problems().size()));
        }
        if (dryRun) {
            stdout.println(file + ": " + result.figures().describe() + " Nothing was written (--dry-run).");
            if (result.imported() == 0) {
                err.println(file + ": no row could be imported with this mapping.");
                return Cli.FAILED;
            }
            return exitCode(result);
        }
        if (result.imported() == 0) {
            err.println(file + ": no row could be imported, so " + out + " was not written.");
            return Cli.FAILED;
        }
        try {
            ChartFiles.save(out, chart);
        } catch (SaveFailedException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        }
        int written = chart.size();
        stdout.println("Wrote " + written + (written == 1 ? " position to " : " positions to ") + out + ".");
        boolean staffRefused = finished.staff().map(a -> a.refused() > 0).orElse(false);
        boolean staffProblems = finished.staff().map(a -> !a.problems().isEmpty()).orElse(false);
        return exitCode(result) != Cli.OK || staffRefused || (strict && staffProblems) ? Cli.NEEDS_ATTENTION : Cli.OK;
    }

    /** The folder a photo column's relative paths start from: the imported file's. */
    private Path baseFolder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** A workbook's sheet or a CSV file, as one table. */
    private CsvTable read(Character d) throws ChartFormatException {
        boolean workbook = WorkbookImport.isWorkbook(file);
        if (workbook && delimiter != null) {
            throw new ParameterException(spec.commandLine(), "--delimiter is for CSV files; " + file
                    + " is a workbook, whose cells need none. Leave --delimiter out.");
        }
        if (!workbook && sheet != null) {
            throw new ParameterException(spec.commandLine(), "--sheet is for workbooks (.xlsx, .xls); " + file
                    + " is read as a CSV file, which has one table. Leave --sheet out.");
        }
        return workbook ? WorkbookImport.read(file, sheet) : CsvImport.read(file, d);
    }

    private int exitCode(ImportResult result) {
        return result.refused() > 0 || result.isFlat() || (strict && result.hasProblems())
                ? Cli.NEEDS_ATTENTION : Cli.OK;
    }

    /**
     * The mapping the header names suggest, then the columns named on the command line (the
     * {@code --*-column} options, then each {@code --map} in order), then the id and manager
     * columns found from the values when neither names nor options gave them.
     */
    private ColumnMapping mapping(CsvTable table) {
        ColumnMapping mapping = ColumnMapping.detect(table.header(),
                switch (extras) {
                    case fields -> ColumnMapping.Extras.FIELDS;
                    case notes -> ColumnMapping.Extras.NOTES;
                    case ignore -> ColumnMapping.Extras.IGNORE;
                });
        mapping = choose(mapping, "--id-column", idColumn, ColumnRole.ID);
        mapping = choose(mapping, "--manager-column", managerColumn, ColumnRole.MANAGER);
        mapping = choose(mapping, "--name-column", nameColumn, ColumnRole.FULL_NAME);
        mapping = choose(mapping, "--title-column", titleColumn, ColumnRole.TITLE);
        mapping = choose(mapping, "--tier-column", tierColumn, ColumnRole.TIER);
        mapping = choose(mapping, "--department-column", departmentColumn, ColumnRole.DEPARTMENT);
        for (String map : maps) {
            int eq = map.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "--map '" + map + "' is not ROLE=COLUMN, for"
                        + " example --map manager=\"Reports To\".");
            }
            String key = map.substring(0, eq);
            ColumnRole role = ColumnRole.byKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--map '" + map + "': '" + key + "' is not a role; the roles are "
                            + Arrays.stream(ColumnRole.values()).map(ColumnRole::key).collect(Collectors.joining(", "))
                            + "."));
            mapping = choose(mapping, "--map " + key, map.substring(eq + 1), role);
        }
        return ColumnDetection.complete(table, mapping, chosen);
    }

    private ColumnMapping choose(ColumnMapping mapping, String option, String name, ColumnRole role) {
        if (name == null) {
            return mapping;
        }
        int column = columnOf(mapping, option, name);
        chosen.add(column);
        return mapping.withRole(column, role);
    }

    /** Which columns the user made private ({@code --private}) or public ({@code --public}). */
    private Map<Integer, Boolean> privacy(ColumnMapping mapping) {
        Map<Integer, Boolean> out = new HashMap<>();
        for (String name : privateColumns) {
            out.put(columnOf(mapping, "--private", name), true);
        }
        for (String name : publicColumns) {
            int column = columnOf(mapping, "--public", name);
            if (Boolean.TRUE.equals(out.get(column))) {
                throw new ParameterException(spec.commandLine(), "'" + name + "' is given both --private and --public;"
                        + " give one.");
            }
            out.put(column, false);
        }
        return out;
    }

    /** The 0-based column {@code name} names: a header as written or normalised, or a number from 1. */
    private int columnOf(ColumnMapping mapping, String option, String name) {
        int column = mapping.columnNamed(name);
        if (column < 0 && name.strip().matches("[0-9]{1,6}")) {
            int n = Integer.parseInt(name.strip());
            column = n >= 1 && n <= mapping.headers().size() ? n - 1 : -1;
        }
        if (column < 0) {
            throw new ParameterException(spec.commandLine(), option + ": " + file + " has no column '" + name
                    + "'; its columns are " + String.join(", ", mapping.headers()) + ".");
        }
        return column;
    }

    private String chartTitle() {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : List.of(".csv", ".xlsx", ".xlsm", ".xls")) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }
}
