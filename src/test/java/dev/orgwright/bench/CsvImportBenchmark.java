package dev.orgwright.bench;

import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.CsvExport;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * How long a 100,000-row HR export takes to import (decode, detect the delimiter, parse, map,
 * read tiers from titles, resolve managers, check for circles, build the chart) and how long the
 * chart takes to export. Not a test: it prints figures and never fails a build. Target: the
 * import under 2 s.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.CsvImportBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class CsvImportBenchmark {

    private static final int RUNS = 7;
    private static final int WARM_UPS = 3;
    private static final String[] TITLES = {"Sales Representative", "Stock Clerk", "Programmer", "Accountant",
            "Sales Manager", "Head of Support", "Director of Finance", "Shipping Clerk", "Team Lead"};
    private static final String[] DEPARTMENTS = {"Sales", "Shipping", "IT", "Finance", "Purchasing", "Marketing"};
    private static final String[] NAMES = {"Maya", "Arjun", "Tom", "Lena", "Claire", "José", "Aiko", "Zoë"};

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] csv = hrExport(rows, new Random(42));
        System.out.printf(Locale.ROOT, "%,d rows, %.1f MB, 10 columns (4 kept in notes)%n", rows, csv.length / 1e6);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ImportResult[] last = new ImportResult[1];
        report("import", time(() -> last[0] = importBytes(csv)), last[0].summary());
        report("  of which read", time(() -> CsvImport.read(csv, "bench.csv", null)), "decode, detect, parse");
        report("export", time(() -> CsvExport.toBytes(last[0].chart())), "");
        CsvTable named = CsvImport.read(csv, "bench.csv", null);
        report("columns by names and values", time(() -> ColumnMapping.detect(named, ColumnMapping.Extras.NOTES)),
                "names settle id and manager; the values give the reasons");
        CsvTable unnamed = CsvImport.read(new String(csv, StandardCharsets.UTF_8)
                .replaceFirst("Employee ID,Manager ID", "Ref,Upline").getBytes(StandardCharsets.UTF_8), "bench.csv", null);
        ColumnMapping[] found = new ColumnMapping[1];
        report("columns by values", time(() -> found[0] = ColumnMapping.detect(unnamed, ColumnMapping.Extras.NOTES)),
                "'Ref' and 'Upline' found from the values");
        if (!found[0].explanations().get(1).startsWith("'Upline' holds the managers")) {
            throw new AssertionError("the manager column was not found from the values: " + found[0].explanations());
        }
        if (last[0].imported() != rows || last[0].hasProblems()) {
            throw new AssertionError("the benchmark file did not import cleanly: " + last[0].summary());
        }
        byte[] wide = wideExport(csv);
        System.out.printf(Locale.ROOT, "%,d rows, %.1f MB, 20 columns (typed cells, 10 own fields, 4 private)%n",
                rows, wide.length / 1e6);
        ImportResult[] typed = new ImportResult[1];
        report("import", time(() -> typed[0] = importFields(wide)), typed[0].summary() + " "
                + typed[0].holderSummary());
        if (typed[0].imported() != rows || typed[0].hasProblems()) {
            throw new AssertionError("the wide file did not import cleanly: " + typed[0].summary());
        }
    }

    private static ImportResult importBytes(byte[] csv) throws Exception {
        CsvTable table = CsvImport.read(csv, "bench.csv", null);
        return CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES),
                ImportOptions.titled("Benchmark"));
    }

    private static ImportResult importFields(byte[] csv) throws Exception {
        CsvTable table = CsvImport.read(csv, "wide.csv", null);
        return CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS),
                ImportOptions.titled("Benchmark"));
    }

    /**
     * The same organisation with ten more columns, as a payroll export has them: FTE, salary as
     * typed, pay band, status, grade, site, mobile, national insurance number, holder placeholders.
     */
    static byte[] wideExport(byte[] narrow) {
        String[] lines = new String(narrow, StandardCharsets.UTF_8).split("\r\n", -1);
        StringBuilder out = new StringBuilder(narrow.length * 2);
        out.append(lines[0]).append(",FTE,Salary,Pay Floor,Pay Ceiling,Status,Grade,Site,Mobile,NI Number,Cost Centre"
                + "\r\n");
        String[] sites = {"Leeds", "York", "Hull", "Bristol"};
        String[] statuses = {"", "", "", "Planned", "Closing"};
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int n = i - 1;
            // Quoted notes end the line with a quote; the extra columns follow the last field either way.
            String holder = n % 40 == 1 ? ",,N/D," : n % 60 == 7 ? ",,Vacant," : null;
            out.append(holder == null ? line : line.replaceFirst(",[^,]*,Person" + n + ",", holder))
                    .append(',').append(n % 10 == 0 ? "0.5" : "1.0")
                    .append(",\"£").append(20 + n % 60).append(',').append(100 + n % 900).append('"')
                    .append(',').append(20000 + n % 50 * 1000).append(',').append(24999 + n % 50 * 1000)
                    .append(',').append(statuses[n % statuses.length])
                    .append(",G").append(1 + n % 7)
                    .append(',').append(sites[n % sites.length])
                    .append(",07700 ").append(100000 + n % 900000)
                    .append(",QQ").append(100000 + n % 900000).append('C')
                    .append(",CC").append(n % 300).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A breadth-first organisation of 3–10 reports per manager, as an HR system exports it. */
    static byte[] hrExport(int rows, Random random) {
        StringBuilder out = new StringBuilder(rows * 120);
        out.append("Employee ID,Manager ID,First Name,Last Name,Job Title,Department,Email,Phone,Hire Date,Notes\r\n");
        out.append("E0,,Steven,King,Chief Executive Officer,Executive,sking@example.com,515.123.4567,2003-06-17,\r\n");
        int manager = 0;
        int left = 3 + random.nextInt(8);
        for (int i = 1; i < rows; i++) {
            if (left-- == 0) {
                manager++;
                left = 2 + random.nextInt(8);
            }
            String first = NAMES[random.nextInt(NAMES.length)];
            out.append('E').append(i).append(",E").append(manager).append(',').append(first).append(",Person")
                    .append(i).append(',').append(TITLES[random.nextInt(TITLES.length)]).append(',')
                    .append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]).append(',').append("p").append(i)
                    .append("@example.com,555.0").append(i % 1000).append(",2020-01-0").append(1 + i % 9).append(',')
                    .append(i % 50 == 0 ? "\"Interim, until the review\nSee minutes\"" : "").append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Median.Times time(Median.Step step) throws Exception {
        return Median.times(WARM_UPS, RUNS, step);
    }

    private static void report(String what, Median.Times t, String note) {
        System.out.printf(Locale.ROOT, "  %-16s median %8.1f ms wall, %8.1f ms CPU  %s%n", what, t.wallMillis(),
                t.cpuMillis(), note);
    }
}
