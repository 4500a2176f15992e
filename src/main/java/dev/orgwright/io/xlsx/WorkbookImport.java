package dev.orgwright.io.xlsx;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.IoTexts;
import dev.orgwright.io.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * Reads a sheet of an Excel workbook ({@code .xlsx} or {@code .xls}, told apart by their first
 * bytes, not their names) into the table a CSV file gives, for
 * {@link dev.orgwright.io.csv.CsvImport#importTable} to import with the same mapping. A workbook
 * that cannot be read (damaged, protected with a password, unpacking to far more than its size,
 * empty) is a {@link ChartFormatException} of one sentence saying what to do.
 */
public final class WorkbookImport {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private WorkbookImport() {
    }

    /** Whether {@code file} is named as a workbook: .xlsx, .xlsm or .xls, in any case. */
    public static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /**
     * The sheet named {@code sheet} (any case), or the first sheet when {@code null}, from its
     * header row down; the header is the first row about as wide as the table below it, so that
     * title rows above it are passed over.
     */
    public static CsvTable read(Path file, String sheet) throws ChartFormatException {
        String source = file.toString();
        PoiWarnings.quiet();
        try {
            byte[] start = firstBytes(file);
            if (start.length == 0) {
                throw new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.empty"));
            }
            if (startsWith(start, ZIP)) {
                return XlsxReader.read(file, sheet);
            }
            if (startsWith(start, OLE2)) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)
                            || fs.getRoot().hasEntry("EncryptionInfo")) {
                        throw passwordProtected(source);
                    }
                    if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                            && !fs.getRoot().hasEntry("Book")) {
                        throw new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.otherOffice"));
                    }
                    return XlsReader.read(fs, source, sheet);
                }
            }
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.notWorkbook"));
        } catch (NoSuchFileException e) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.file.missing"));
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(source);
        } catch (OldExcelFormatException e) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.tooOld"));
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw damaged(source, e);
        }
    }

    static boolean isChosen(String name, String wanted, boolean first) {
        return wanted == null ? first : name.strip().equalsIgnoreCase(wanted.strip());
    }

    static ChartFormatException noSuchSheet(String source, String wanted, List<String> names) {
        if (names.isEmpty()) {
            return new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.noSheets"));
        }
        return new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.noSuchSheet", wanted,
                names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))));
    }

    private static ChartFormatException passwordProtected(String source) {
        return new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.password"));
    }

    /** A zip bomb as POI's limits catch it, or any other damage. */
    private static ChartFormatException damaged(String source, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb") || m.contains("max. ratio of compressed") || m.contains("expanded data")) {
                return new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.zipBomb"));
            }
        }
        return new ChartFormatException(source, 0, 0, IoTexts.t("io.workbook.damaged", detail(e)));
    }

    private static String detail(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String m = deepest.getMessage();
        m = m == null || m.isBlank() ? deepest.getClass().getSimpleName() : m.strip();
        int end = m.indexOf('\n');
        m = end > 0 ? m.substring(0, end) : m;
        return m.length() > 160 ? m.substring(0, 157) + "…" : m.replaceAll("[.]+$", "");
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
