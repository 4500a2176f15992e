package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    private static List<ColumnRole> detect(String... headers) {
        return ColumnMapping.detect(List.of(headers), ColumnMapping.Extras.NOTES).roles();
    }

    @Test
    void commonHeaderNamesWhateverTheirCaseAndPunctuation() {
        assertEquals(List.of(ColumnRole.ID, ColumnRole.MANAGER, ColumnRole.FULL_NAME, ColumnRole.TITLE,
                        ColumnRole.DEPARTMENT, ColumnRole.TIER, ColumnRole.DUTIES, ColumnRole.NOTES),
                detect("Employee ID", "Reports To", "Full Name", "Job Title", "Dept.", "TIER", "Duties", "Notes"));
        assertEquals(List.of(ColumnRole.ID, ColumnRole.MANAGER, ColumnRole.FIRST_NAME, ColumnRole.LAST_NAME,
                        ColumnRole.TITLE), detect("emp_id", "boss", "First name", "SURNAME", "role"));
        assertEquals(List.of(ColumnRole.ID, ColumnRole.MANAGER, ColumnRole.FULL_NAME, ColumnRole.TITLE),
                detect("key", "supervisor", "name", "position"));
        assertEquals(List.of(ColumnRole.ID, ColumnRole.MANAGER, ColumnRole.FULL_NAME, ColumnRole.TITLE,
                ColumnRole.EMAIL, ColumnRole.EXTRA_NOTE), detect("id", "manager id", "holder", "title",
                "E-mail", "Phone"));
    }

    @Test
    void anIdManagerColumnIsPreferredOverANameOne() {
        assertEquals(List.of(ColumnRole.EXTRA_NOTE, ColumnRole.ID, ColumnRole.MANAGER, ColumnRole.TITLE),
                detect("Manager", "ID", "Manager ID", "Title"));
    }

    @Test
    void nameBesideLastNameIsTheFirstName() {
        assertEquals(List.of(ColumnRole.ID, ColumnRole.FIRST_NAME, ColumnRole.LAST_NAME, ColumnRole.TITLE),
                detect("id", "name", "lastName", "position"));
    }

    @Test
    void extrasCanBeIgnoredInsteadOfKept() {
        ColumnMapping m = ColumnMapping.detect(List.of("id", "title", "mobile"), ColumnMapping.Extras.IGNORE);
        assertEquals(ColumnRole.IGNORED, m.role(2));
        assertEquals(ColumnRole.EXTRA_NOTE, m.withExtras(ColumnMapping.Extras.NOTES).role(2));
        assertEquals("id (id), title (title); 1 column ignored.", m.describe());
    }

    @Test
    void theUserMovesARoleAndTheColumnThatHadItIsKeptInNotes() {
        ColumnMapping m = ColumnMapping.detect(List.of("id", "title", "job", "mobile"), ColumnMapping.Extras.IGNORE);
        assertEquals(OptionalInt.of(1), m.column(ColumnRole.TITLE));
        ColumnMapping changed = m.withRole(2, ColumnRole.TITLE);
        assertEquals(List.of(ColumnRole.ID, ColumnRole.EXTRA_NOTE, ColumnRole.TITLE, ColumnRole.IGNORED),
                changed.roles());
        assertEquals(m, m.withRole(1, ColumnRole.TITLE), "a mapping is a value");
        assertEquals(2, m.columnNamed("JOB"));
        assertEquals(-1, m.columnNamed("salary"));
    }

    @Test
    void aUniqueRoleOnTwoColumnsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ColumnMapping(
                List.of("a", "b"), List.of(ColumnRole.TITLE, ColumnRole.TITLE)));
        assertEquals("Columns 1 and 2 are both the title; only one column can be.", e.getMessage());
    }
}
