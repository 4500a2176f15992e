package dev.orgwright.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Templates;
import dev.orgwright.rules.Validator;
import org.junit.jupiter.api.Test;

/** The matrix without a window: rows, filtered columns, cells, row states and the edits of a cell. */
class AccountabilityMatrixTest {

    private static AccountabilityMatrix matrixOf(Chart c) {
        return new AccountabilityMatrix(c, Validator.withDefaultRules().validate(c).raci());
    }

    private static int column(AccountabilityMatrix m, String id) {
        for (int i = 0; i < m.columnCount(); i++) {
            if (m.column(i).id().value().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int row(AccountabilityMatrix m, String id) {
        for (int i = 0; i < m.rowCount(); i++) {
            if (m.row(i).responsibility().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void filtersByTierDepartmentAndTeam() {
        Chart c = Edits.setDepartment(PositionId.of("head-finance"), "Finance").apply(Templates.leadershipTeamStarter());
        AccountabilityMatrix m = matrixOf(c);
        assertEquals(c.size(), m.columnCount());
        m.setFilter(m.filters().stream().filter(f -> f.label().equals("Department: Finance")).findFirst().orElseThrow());
        assertEquals(1, m.columnCount());
        assertEquals("head-finance", m.column(0).id().value());
        m.setFilter(m.filters().stream().filter(f -> f.label().startsWith("Team of Chief Technology Officer"))
                .findFirst().orElseThrow());
        assertEquals(3, m.columnCount(), "the CTO, the head of engineering and the engineer");
    }

    @Test
    void aCellsEditSetsTheRoleAndNothingWhenUnchanged() {
        Chart c = Templates.leadershipTeamStarter();
        AccountabilityMatrix m = matrixOf(c);
        int budgets = row(m, "budgets");
        int cfo = column(m, "cfo");
        assertEquals(RaciRole.RESPONSIBLE, m.cell(budgets, cfo));
        assertTrue(m.set(budgets, cfo, RaciRole.RESPONSIBLE).isEmpty());
        Chart after = m.set(budgets, cfo, RaciRole.ACCOUNTABLE).orElseThrow().apply(c);
        m.update(after, Validator.withDefaultRules().validate(after).raci());
        assertEquals(RaciRole.ACCOUNTABLE, m.cell(budgets, cfo));
        assertEquals(AccountabilityMatrix.RowState.FINE, m.rowState(budgets));
        assertEquals(AccountabilityMatrix.RowState.NO_ACCOUNTABLE, m.rowState(row(m, "strategy")));
        assertNull(m.cell(row(m, "strategy"), cfo));
    }

    @Test
    void aClickTurnsACellThroughEveryRoleAndBackToEmpty() {
        RaciRole r = null;
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            r = AccountabilityMatrix.next(r);
            seen.append(r == null ? "-" : r.letter());
        }
        assertEquals("RACI-", seen.toString());
    }
}
