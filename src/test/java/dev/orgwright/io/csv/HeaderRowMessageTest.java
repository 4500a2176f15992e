package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orgwright.io.ChartFormatException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A problem of the header names the row the header is in: row 1 of a CSV file, lower in a workbook. */
class HeaderRowMessageTest {

    private static ChartFormatException refusal(int firstDataRow) {
        CsvTable table = new CsvTable("people.xlsx", "Excel workbook", ',', List.of("id", "boss"),
                List.of(CsvRow.of(firstDataRow, List.of("1", "")), CsvRow.of(firstDataRow + 1, List.of("2", "1"))));
        return assertThrows(ChartFormatException.class, () -> CsvImport.importTable(table,
                ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS), ImportOptions.titled("People")));
    }

    @Test
    void aMissingTitleColumnIsSaidAtTheHeadersRow() {
        assertEquals(Optional.of(3), refusal(4).line(), "a header below two title rows");
        assertEquals(Optional.of(1), refusal(2).line(), "a CSV file's header");
    }
}
