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
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    enum Extras { fields, notes, ignore }

    @Spec
    private CommandSpec spec;

    /** The columns whose role the command line gave: detection from the values leaves them as they are. */
    private final Set<Integer> chosen = new LinkedHashSet<>();

    @Parameters(paramLabel = "FILE.csv", descriptionKey = "cli.import.file")
    private Path file;

    @Option(names = "--out", paramLabel = "CHART.orgchart.json",
            descriptionKey = "cli.import.out")
    private Path out;

    @Option(names = "--private", paramLabel = "COLUMN",
            descriptionKey = "cli.import.private")
    private List<String> privateColumns = new ArrayList<>();

    @Option(names = "--public", paramLabel = "COLUMN",
            descriptionKey = "cli.import.public")
    private List<String> publicColumns = new ArrayList<>();

    @Option(names = "--map", paramLabel = "ROLE=COLUMN",
            descriptionKey = "cli.import.map")
    private List<String> maps = new ArrayList<>();

    @Option(names = "--dry-run", descriptionKey = "cli.import.dryRun")
    private boolean dryRun;

    @Option(names = "--delimiter", paramLabel = "comma|semicolon|tab|pipe",
            descriptionKey = "cli.import.delimiter")
    private String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME",
            descriptionKey = "cli.import.sheet")
    private String sheet;

    @Option(names = "--id-column", paramLabel = "NAME", descriptionKey = "cli.import.idColumn")
    private String idColumn;

    @Option(names = "--manager-column", paramLabel = "NAME",
            descriptionKey = "cli.import.managerColumn")
    private String managerColumn;

    @Option(names = "--name-column", paramLabel = "NAME", descriptionKey = "cli.import.nameColumn")
    private String nameColumn;

    @Option(names = "--title-column", paramLabel = "NAME", descriptionKey = "cli.import.titleColumn")
    private String titleColumn;

    @Option(names = "--tier-column", paramLabel = "NAME", descriptionKey = "cli.import.tierColumn")
    private String tierColumn;

    @Option(names = "--department-column", paramLabel = "NAME", descriptionKey = "cli.import.departmentColumn")
    private String departmentColumn;

    @Option(names = "--extra-columns", paramLabel = "fields|notes|ignore", defaultValue = "fields",
            descriptionKey = "cli.import.extraColumns")
    private Extras extras;

    @Option(names = "--strict", descriptionKey = "cli.import.strict")
    private boolean strict;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "cli.import.title")
    private String title;

    @Option(names = "--tiers-from", paramLabel = "CHART",
            descriptionKey = "cli.import.tiersFrom")
    private Path tiersFrom;

    @Option(names = "--staff", paramLabel = "STAFF.csv",
            descriptionKey = "cli.import.staff")
    private Path staff;

    @Option(names = "--grades-from", paramLabel = "CHART",
            descriptionKey = "cli.import.gradesFrom")
    private Path gradesFrom;

    @Option(names = "--photos", paramLabel = "DIR",
            descriptionKey = "cli.import.photos")
    private Path photos;

    @Override
    public Integer call() {
        if (out == null && !dryRun) {
            throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.noOut"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Character d = null;
        if (delimiter != null) {
            d = CsvDelimiter.parse(delimiter).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    CliTexts.t("cli.import.badDelimiter", delimiter)));
        }
        if (tiersFrom != null && gradesFrom != null) {
            throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.tiersTwice"));
        }
        List<Tier> tiers = Templates.leadershipTeam();
        Path tiersChart = tiersFrom != null ? tiersFrom : gradesFrom;
        if (tiersChart != null) {
            String option = tiersFrom != null ? "--tiers-from " : "--grades-from ";
            try {
                tiers = ChartFiles.load(tiersChart).tiers();
            } catch (ChartFormatException e) {
                err.println(CliTexts.t("cli.import.badTiersChart", option + tiersChart));
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
        stdout.println(WorkbookImport.isWorkbook(file)
                ? CliTexts.t("cli.import.columns.workbook", file, table.encoding(), result.mapping().describe())
                : delimiterKey(table.delimiter()) != null
                ? CliTexts.t(delimiterKey(table.delimiter()), file, table.encoding(), result.mapping().describe())
                : CliTexts.t("cli.import.columns", file, table.encoding(), table.delimiterName(),
                        result.mapping().describe()));
        for (int c : chosen) {
            ColumnRole role = result.mapping().role(c);
            if (role == ColumnRole.ID || role == ColumnRole.MANAGER) {
                stdout.println(CliTexts.t(role == ColumnRole.ID ? "cli.import.chosen.ids"
                        : "cli.import.chosen.managers", file, result.mapping().headerName(c)));
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
        if (!finished.assistantSummary().isEmpty()) {
            stdout.println(file + ": " + finished.assistantSummary());
        }
        if (!finished.gradeLines().isEmpty()) {
            stdout.println(gradesFrom != null ? CliTexts.t("cli.import.grades.from", gradesFrom)
                    : CliTexts.t("cli.import.grades"));
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
            stdout.println(CliTexts.t("cli.import.dryRun.done", file, result.figures().describe()));
            if (result.imported() == 0) {
                err.println(CliTexts.t("cli.import.noRow.dryRun", file));
                return Cli.FAILED;
            }
            return exitCode(result);
        }
        if (result.imported() == 0) {
            err.println(CliTexts.t("cli.import.noRow", file, out));
            return Cli.FAILED;
        }
        try {
            ChartFiles.save(out, chart);
        } catch (SaveFailedException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        }
        int written = chart.size();
        stdout.println(CliTexts.t(written == 1 ? "cli.import.written.one" : "cli.import.written.other", written, out));
        boolean staffRefused = finished.staff().map(a -> a.refused() > 0).orElse(false);
        boolean staffProblems = finished.staff().map(a -> !a.problems().isEmpty()).orElse(false);
        return exitCode(result) != Cli.OK || staffRefused || (strict && staffProblems) ? Cli.NEEDS_ATTENTION : Cli.OK;
    }

    /** The text of "comma-separated" and the like, for the delimiters that have a name; null for another. */
    private static String delimiterKey(char delimiter) {
        return switch (delimiter) {
            case ',' -> "cli.import.columns.comma";
            case ';' -> "cli.import.columns.semicolon";
            case '\t' -> "cli.import.columns.tab";
            case '|' -> "cli.import.columns.pipe";
            default -> null;
        };
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
            throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.delimiterForCsv", file));
        }
        if (!workbook && sheet != null) {
            throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.sheetForWorkbooks", file));
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
                throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.badMap", map));
            }
            String key = map.substring(0, eq);
            ColumnRole role = ColumnRole.byKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    CliTexts.t("cli.import.unknownRole", map, key,
                            Arrays.stream(ColumnRole.values()).map(ColumnRole::key)
                                    .collect(Collectors.joining(", ")))));
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
                throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.privateAndPublic", name));
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
            throw new ParameterException(spec.commandLine(), CliTexts.t("cli.import.noColumn", option, file, name,
                    String.join(", ", mapping.headers())));
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
