package dev.orgwright.io.xlsx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for tests, good and bad, made when a test runs rather than checked in. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A sheet "Staff" with the header id, title and one position; .xls or .xlsx by the file's name. */
    public static Path smallWorkbook(Path file) throws Exception {
        try (Workbook wb = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            var row = wb.createSheet("Staff").createRow(0);
            row.createCell(0).setCellValue("id");
            row.createCell(1).setCellValue("title");
            var ceo = wb.getSheet("Staff").createRow(1);
            ceo.createCell(0).setCellValue("1");
            ceo.createCell(1).setCellValue("Chief Executive Officer");
            wb.write(out);
        }
        return file;
    }

    public static Path encryptedXlsx(Path file) throws Exception {
        Path plain = smallWorkbook(file.resolveSibling("plain-" + file.getFileName()));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("s3cret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    public static Path encryptedXls(Path file) throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        try {
            return smallWorkbook(file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A sheet of 40 MB of blank space, which deflate packs a thousandfold: past POI's limit of 100. */
    public static Path zipBomb(Path file) throws Exception {
        char[] blanks = new char[1 << 20];
        Arrays.fill(blanks, ' ');
        return RawXlsx.write(file, "Staff", out -> {
            out.write(RawXlsx.row(1, "id", "title"));
            for (int i = 0; i < 40; i++) {
                out.write(blanks);
            }
            out.write(RawXlsx.row(2, "1", "Chief Executive Officer"));
        });
    }

    /** Every row a sheet can have, none of them holding a value, as a formatted but unused sheet is saved. */
    public static Path millionEmptyRows(Path file, String... firstRows) throws Exception {
        return RawXlsx.write(file, "Staff", out -> {
            for (int r = 1; r <= 1_048_576; r++) {
                if (r <= firstRows.length) {
                    out.write(RawXlsx.row(r, firstRows[r - 1].split(",")));
                } else {
                    out.write("<row r=\"" + r + "\" spans=\"1:8\" s=\"1\" customFormat=\"1\"><c r=\"A" + r
                            + "\" s=\"1\"/></row>");
                }
            }
        });
    }
}
