package dev.orgwright.bench;

import dev.orgwright.io.csv.ColumnMapping;
import dev.orgwright.io.csv.CsvImport;
import dev.orgwright.io.csv.CsvTable;
import dev.orgwright.io.csv.ImportOptions;
import dev.orgwright.io.csv.ImportResult;
import dev.orgwright.io.xlsx.WorkbookImport;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * How long a 100,000-row, 20-column HR workbook takes to import: the sheet read as a stream
 * (shared strings, numbers, dates), then mapped and imported as a CSV file is. Not a test: it
 * prints figures and never fails a build. Target: under 5 s.
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.mainClass=dev.orgwright.bench.XlsxImportBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class XlsxImportBenchmark {

    private static final int RUNS = 5;
    private static final int WARM_UPS = 2;
    private static final String[] TITLES = {"Sales Representative", "Stock Clerk", "Programmer", "Accountant",
            "Sales Manager", "Head of Support", "Director of Finance", "Shipping Clerk", "Team Lead"};
    private static final String[] DEPARTMENTS = {"Sales", "Shipping", "IT", "Finance", "Purchasing", "Marketing"};
    private static final String[] NAMES = {"Maya", "Arjun", "Tom", "Lena", "Claire", "José", "Aiko", "Zoë"};
    private static final String[] HEADER = {"Employee ID", "Manager ID", "First Name", "Last Name", "Job Title",
            "Department", "Email", "Phone", "Hire Date", "FTE", "Salary", "Grade", "Location", "Cost Centre",
            "Contract", "Hours", "Start Year", "Team", "Review", "Notes"};

    private XlsxImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Files.createTempFile("orgwright-bench", ".xlsx");
        try {
            long made = System.nanoTime();
            hrWorkbook(file, rows, new Random(42));
            System.out.printf(Locale.ROOT, "%,d rows, 20 columns, %.1f MB on disk (made in %.1f s)%n", rows,
                    Files.size(file) / 1e6, (System.nanoTime() - made) / 1e9);
            System.out.printf(Locale.ROOT, "Java %s, %d processors, load average %.1f%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            ImportResult[] last = new ImportResult[1];
            report("import", Median.times(WARM_UPS, RUNS, () -> last[0] = importFile(file)), last[0].summary());
            report("  of which read", Median.times(WARM_UPS, RUNS, () -> WorkbookImport.read(file, null)),
                    "unzip, parse, shared strings, table");
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.out.printf(Locale.ROOT, "  heap in use after the import, chart held: %.0f MB%n",
                    memory.getHeapMemoryUsage().getUsed() / 1e6);
            if (last[0].imported() != rows) {
                throw new AssertionError("the benchmark workbook did not import: " + last[0].summary());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ImportResult importFile(Path file) throws Exception {
        CsvTable table = WorkbookImport.read(file, null);
        return CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES),
                ImportOptions.titled("Benchmark"));
    }

    /** A title row, then a breadth-first organisation of 3–10 reports per manager, as Excel saves it. */
    static void hrWorkbook(Path file, int rows, Random random) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Staff");
            sheet.createRow(0).createCell(0).setCellValue("Staff list, exported from the HR system");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int manager = 0;
            int left = 3 + random.nextInt(8);
            for (int i = 0; i < rows; i++) {
                if (i > 1 && left-- == 0) {
                    manager++;
                    left = 2 + random.nextInt(8);
                }
                Row r = sheet.createRow(3 + i);
                int c = 0;
                r.createCell(c++).setCellValue("E" + i);
                r.createCell(c++).setCellValue(i == 0 ? "" : "E" + manager);
                r.createCell(c++).setCellValue(NAMES[random.nextInt(NAMES.length)]);
                r.createCell(c++).setCellValue("Person" + i);
                r.createCell(c++).setCellValue(i == 0 ? "Chief Executive Officer" : TITLES[random.nextInt(TITLES.length)]);
                r.createCell(c++).setCellValue(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
                r.createCell(c++).setCellValue("p" + i + "@example.com");
                r.createCell(c++).setCellValue("555.0" + (i % 1000));
                r.createCell(c).setCellValue(LocalDate.of(2000, 1, 1).plusDays(i % 9000));
                r.getCell(c++).setCellStyle(date);
                r.createCell(c++).setCellValue(i % 7 == 0 ? 0.5 : 1.0);
                r.createCell(c++).setCellValue(30000 + random.nextInt(90000));
                r.createCell(c++).setCellValue("G" + (1 + random.nextInt(9)));
                r.createCell(c++).setCellValue(i % 3 == 0 ? "London" : "Leeds");
                r.createCell(c++).setCellValue("CC" + (100 + i % 40));
                r.createCell(c++).setCellValue(i % 5 == 0 ? "Fixed term" : "Permanent");
                r.createCell(c++).setCellValue(i % 7 == 0 ? 18.5 : 37.5);
                r.createCell(c++).setCellValue(2000 + i % 25);
                r.createCell(c++).setCellValue("Team " + (i / 8));
                r.createCell(c++).setCellValue(i % 4 == 0 ? "Due" : "Done");
                r.createCell(c).setCellValue(i % 50 == 0 ? "Interim, until the review" : "");
            }
            wb.write(out);
        }
    }

    private static void report(String what, Median.Times t, String note) {
        System.out.printf(Locale.ROOT, "  %-16s median %8.1f ms wall, %8.1f ms CPU  %s%n", what, t.wallMillis(),
                t.cpuMillis(), note);
    }
}
