package dev.orgwright.io.xlsx;

import dev.orgwright.io.IoTexts;
import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.csv.CsvTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads one sheet of an Excel 97–2003 {@code .xls} file. Such a sheet holds at most 65,536 rows,
 * so the whole workbook is read into memory; only rows with content are kept.
 */
final class XlsReader {

    private XlsReader() {
    }

    /** The sheet named {@code sheetName} (any case), or the first sheet when {@code null}. */
    static CsvTable read(POIFSFileSystem fs, String source, String sheetName) throws ChartFormatException, IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetName(i));
            }
            for (int i = 0; i < names.size(); i++) {
                if (WorkbookImport.isChosen(names.get(i), sheetName, i == 0)) {
                    return read(workbook.getSheetAt(i), source, workbook.getInternalWorkbook().isUsing1904DateWindowing())
                            .table(IoTexts.t("io.xls.sheet", names.get(i)));
                }
            }
            throw WorkbookImport.noSuchSheet(source, sheetName, names);
        }
    }

    private static SheetRows read(Sheet sheet, String source, boolean date1904) throws ChartFormatException {
        SheetRows rows = new SheetRows(source, sheet.getSheetName());
        for (Row row : sheet) {
            int width = Math.max(0, row.getLastCellNum());
            String[] cells = new String[width];
            for (Cell cell : row) {
                if (cell.getColumnIndex() < width) {
                    cells[cell.getColumnIndex()] = text(cell, date1904);
                }
            }
            rows.add(row.getRowNum() + 1, cells);
        }
        return rows;
    }

    private static String text(Cell cell, boolean date1904) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString())
                    ? CellText.date(cell.getNumericCellValue(), date1904) : CellText.number(cell.getNumericCellValue());
            case BOOLEAN -> CellText.bool(cell.getBooleanCellValue());
            case ERROR -> error(cell.getErrorCellValue());
            default -> null;
        };
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#N/A"; // a code no version of Excel writes
        }
    }
}
