package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows alike in their few-valued columns share the start of their field values, which are set in
 * another order than the file's: each position still gets exactly the values its row writes, in
 * the order values set in file order would have, and a bad cell is still reported in file order.
 */
class SharedFieldValuesTest {

    @Test
    void eachRowKeepsItsOwnValuesWhateverTheOrderTheyAreSetIn() throws Exception {
        StringBuilder csv = new StringBuilder("id,manager,title,Badge,Site,Level,Shift\n");
        List<Map<String, Object>> expected = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String badge = "B" + (7919 * i % 100_003); // a value of its own on every row
            String site = i % 3 == 0 ? "" : List.of("Leeds", "York").get(i % 2);
            int level = 1 + i % 5;
            String shift = i % 7 == 0 ? "Night" : "Day";
            csv.append(i).append(',').append(i == 0 ? "" : String.valueOf((i - 1) / 4)).append(",Clerk,")
                    .append(badge).append(',').append(site).append(',').append(level).append(',').append(shift).append('\n');
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("badge", badge);
            values.put("site", site);
            values.put("level", BigDecimal.valueOf(level));
            values.put("shift", shift);
            expected.add(values);
        }
        ImportResult r = Csv.importText(csv.toString(), ColumnMapping.Extras.FIELDS);
        assertFalse(r.hasProblems(), r.problems().toString());
        for (int i = 0; i < expected.size(); i++) {
            Position p = r.chart().position(PositionId.of(String.valueOf(i)));
            FieldValues inFileOrder = FieldValues.of(expected.get(i));
            assertEquals(inFileOrder, p.fieldValues(), "row " + (i + 1));
            assertEquals(List.copyOf(inFileOrder.asMap().entrySet()), List.copyOf(p.fieldValues().asMap().entrySet()),
                    "the order of the values of row " + (i + 1));
        }
    }

    @Test
    void badCellsAreStillReportedInTheOrderOfTheColumns() throws Exception {
        // Hours has fewer values than Start, so its value is set first; its fault is still told second.
        StringBuilder csv = new StringBuilder("id,title,Start,Hours\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(",Clerk,2024-01-").append(10 + i % 20).append(',').append(1 + i % 2).append('\n');
        }
        csv.append("30,Clerk,2024-02-30,lots\n");
        CsvTable table = Csv.read(csv.toString());
        List<FieldDefinition> known = List.of(FieldDefinition.of("start", "Start", FieldType.DATE, false),
                FieldDefinition.of("hours", "Hours", FieldType.NUMBER, false));
        ImportResult r = CsvImport.importTable(table, ColumnMapping.detect(table.header(), ColumnMapping.Extras.FIELDS),
                ImportOptions.titled("t").withFields(known));
        List<ImportProblem> faults = r.problems().stream().filter(p -> p.kind() == ImportProblem.Kind.NOT_A_FIELD_VALUE)
                .toList();
        assertEquals(List.of("Start", "Hours"), faults.stream().map(ImportProblem::column).toList(), faults.toString());
        assertEquals(List.of(32, 32), faults.stream().map(ImportProblem::row).toList(), faults.toString());
        assertTrue(r.chart().position(PositionId.of("30")).fieldValues().isEmpty());
        assertEquals(FieldValues.of(Map.of("start", "2024-01-29", "hours", BigDecimal.valueOf(2))),
                r.chart().position(PositionId.of("19")).fieldValues());
    }
}
