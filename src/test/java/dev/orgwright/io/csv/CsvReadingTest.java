package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFormatException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bytes to rows: encodings, delimiters, RFC 4180 quoting, spreadsheet row numbers, limits. */
class CsvReadingTest {

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBom() throws Exception {
        CsvTable table = Csv.read("id,title\n1,Directrice générale\n");
        assertEquals("UTF-8", table.encoding());
        assertEquals(List.of("id", "title"), table.header());
        assertEquals("Directrice générale", table.rows().get(0).field(1));
    }

    @Test
    void utf8WithBomDoesNotPutTheMarkIntoTheFirstHeader() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        CsvTable table = CsvImport.read(concat(bom, "id,title\r\n1,Chef d’équipe\r\n".getBytes(StandardCharsets.UTF_8)),
                "bom.csv", null);
        assertEquals("UTF-8 with BOM", table.encoding());
        assertEquals("id", table.header().get(0));
        assertEquals("Chef d’équipe", table.rows().get(0).field(1));
    }

    @Test
    void windows1252BytesAreDecodedWhenTheyAreNotUtf8() throws Exception {
        // "Chef d'équipe" and "Café – Zoë" as Excel on Windows writes them: é = 0xE9, – = 0x96, ë = 0xEB.
        byte[] bytes = concat("id;title;department\r\n1;Chef d'".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9}, "quipe;Caf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9, ' ', (byte) 0x96, ' ', 'Z', 'o', (byte) 0xEB, '\r', '\n'});
        CsvTable table = CsvImport.read(bytes, "excel.csv", null);
        assertEquals("Windows-1252", table.encoding());
        assertEquals(';', table.delimiter());
        assertEquals("Chef d'équipe", table.rows().get(0).field(1));
        assertEquals("Café – Zoë", table.rows().get(0).field(2));
    }

    @Test
    void utf16WithBomAsExcelsUnicodeText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write("id\ttitle\r\n1\tŻaneta Łódź\r\n".getBytes(StandardCharsets.UTF_16LE));
        CsvTable table = CsvImport.read(out.toByteArray(), "unicode.txt", null);
        assertEquals('\t', table.delimiter());
        assertEquals("Żaneta Łódź", table.rows().get(0).field(1));
    }

    @Test
    void delimiterIsDetectedOutsideQuotes() throws Exception {
        assertEquals(',', Csv.read("id,title,notes\n1,CEO,\"a; b; c\"\n2,CFO,\"x;y\"\n").delimiter());
        assertEquals(';', Csv.read("id;title;notes\n1;CEO;\"Smith, Jones, and Co\"\n2;CFO;1,5\n").delimiter());
        assertEquals('\t', Csv.read("id\ttitle\tnotes\n1\tCEO\ta,b;c\n").delimiter());
        assertEquals(',', Csv.read("title\nCEO\n").delimiter(), "one column: a comma");
    }

    @Test
    void semicolonAndTabFilesImport() throws Exception {
        ImportResult semi = Csv.importText("id;manager id;name;title\n1;;Ana Costa;CEO\n2;1;Ola Nowak;Head of Sales\n");
        ImportResult tab = Csv.importText("id\tmanager id\tname\ttitle\n1\t\tAna Costa\tCEO\n2\t1\tOla Nowak\tHead of Sales\n");
        for (ImportResult r : List.of(semi, tab)) {
            assertEquals(2, r.imported(), r.problems().toString());
            assertEquals("Ana Costa", r.chart().position(dev.orgwright.model.PositionId.of("1")).holder());
            assertEquals(List.of(dev.orgwright.model.PositionId.of("2")),
                    r.chart().childrenOf(dev.orgwright.model.PositionId.of("1")));
        }
    }

    @Test
    void delimiterGivenByTheUserWins() throws Exception {
        CsvTable table = CsvImport.read("a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8), "x.csv", ';');
        assertEquals(List.of("a", "b,c"), table.header());
    }

    @Test
    void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() throws Exception {
        CsvTable table = Csv.read("id,title,notes\r\n"
                + "1,\"Head of Sales, EMEA\",\"She said \"\"no\"\".\"\r\n"
                + "2,CFO,\"line one\r\nline two\nline three\"\r\n"
                + "3,\"\",\"\"\r\n");
        assertEquals("Head of Sales, EMEA", table.rows().get(0).field(1));
        assertEquals("She said \"no\".", table.rows().get(0).field(2));
        assertEquals("line one\r\nline two\nline three", table.rows().get(1).field(2));
        assertEquals(List.of("3", "", ""), table.rows().get(2).fields());
    }

    @Test
    void aQuotedFieldWithLineBreaksIsOneSpreadsheetRow() throws Exception {
        CsvTable table = Csv.read("id,title,notes\n1,CEO,\"three\nline\nnote\"\n2,CFO,\n\n4,COO,x");
        assertEquals(List.of(2, 3, 4, 5), table.rows().stream().map(CsvRow::row).toList());
        assertEquals(List.of(2, 5, 6, 7), table.rows().stream().map(CsvRow::line).toList());
        assertTrue(table.rows().get(2).isBlank());
    }

    @Test
    void lfCrlfAndLoneCrLineEndsAllEndARow() throws Exception {
        CsvTable table = Csv.read("id,title\r\n1,A\n2,B\r3,C");
        assertEquals(List.of("1", "2", "3"), table.rows().stream().map(r -> r.field(0)).toList());
    }

    @Test
    void strayQuotesInsideUnquotedFieldsAreKeptAsWritten() throws Exception {
        CsvTable table = Csv.read("id,title\n1,27\" screen buyer\n2,\"Buyer\" (interim)\n");
        assertEquals("27\" screen buyer", table.rows().get(0).field(1));
        assertEquals("Buyer (interim)", table.rows().get(1).field(1));
    }

    @Test
    void anEmptyFileIsRefusedWithASentence() {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> Csv.read("\n\n  \n"));
        assertEquals("test.csv: The file is empty. A CSV import needs the column names in row 1 (for example id,"
                + " manager id, name, title) and one position per row below.", e.getMessage());
    }

    @Test
    void aBlankFirstRowIsRefused() {
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> Csv.read(",,\nid,title,x\n"));
        assertEquals("test.csv, line 1: Row 1 is blank. A CSV import needs the column names in row 1 (for example"
                + " id, manager id, name, title); remove the blank rows above them.", e.getMessage());
    }

    @Test
    void aFileWithoutATitleColumnIsRefusedWithTheColumnNames() throws Exception {
        CsvTable table = Csv.read("id,boss,colour\n1,,red\n");
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> CsvImport.importTable(table,
                ColumnMapping.detect(table.header(), ColumnMapping.Extras.NOTES), ImportOptions.titled("x")));
        assertEquals("test.csv, line 1: No column holds the job titles: none of the column names 'id', 'boss',"
                + " 'colour' reads as a title (title, job title, position, role). Rename that column, or choose"
                + " it as the title column.", e.getMessage());
    }

    @Test
    void filesOverTheLimitAreRefusedBeforeReading() throws Exception {
        ChartFormatException e = assertThrows(ChartFormatException.class,
                () -> CsvText.checkSize(300L * 1024 * 1024, "huge.csv"));
        assertEquals("huge.csv: The file is 300 MB; Orgwright imports CSV files of up to 256 MB. Split the file,"
                + " or remove the columns the chart does not need, and import again.", e.getMessage());
        // A real sparse file: its size is checked before a byte is read.
        Path huge = dir.resolve("huge.csv");
        try (var channel = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), CsvText.MAX_BYTES + 10);
        }
        ChartFormatException fromFile = assertThrows(ChartFormatException.class, () -> CsvImport.read(huge));
        assertTrue(fromFile.getMessage().contains("up to 256 MB"), fromFile.getMessage());
        Files.delete(huge);
    }

    @Test
    void aMissingFileIsASentenceNotATrace() {
        Path missing = dir.resolve("nope.csv");
        ChartFormatException e = assertThrows(ChartFormatException.class, () -> CsvImport.read(missing));
        assertEquals(missing + ": The file does not exist. Check the name and the folder.", e.getMessage());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
