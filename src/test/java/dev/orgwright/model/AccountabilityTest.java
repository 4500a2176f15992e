package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Setting and clearing a position's role in a responsibility, through its duties. */
class AccountabilityTest {

    private final Chart starter = Templates.leadershipTeamStarter();
    private final PositionId cfo = PositionId.of("cfo");

    @Test
    void settingARoleChangesTheLinkedDutyAndKeepsItsWords() {
        Chart c = Accountability.setRole(cfo, "budgets", RaciRole.ACCOUNTABLE).apply(starter);
        assertEquals(List.of(Duty.linked("Reviews the budgets", "budgets", RaciRole.ACCOUNTABLE)), c.position(cfo).duties());
        assertEquals("Make 'Chief Financial Officer' accountable for 'Review the budgets and keep the company's"
                + " spending in check'", Accountability.setRole(cfo, "budgets", RaciRole.ACCOUNTABLE).label(starter));
    }

    @Test
    void aRoleWithoutADutyAddsOneInTheCatalogsWordsAndClearingRemovesItAgain() {
        Chart c = Accountability.setRole(cfo, "policy", RaciRole.CONSULTED).apply(starter);
        Duty added = c.position(cfo).duties().get(1);
        assertEquals("policy", added.responsibilityId());
        assertEquals(RaciRole.CONSULTED, added.role());
        assertEquals(Optional.of(RaciRole.CONSULTED), Accountability.roleOf(c.position(cfo), "policy"));
        Chart cleared = Accountability.setRole(cfo, "policy", null).apply(c);
        assertEquals(starter.position(cfo).duties(), cleared.position(cfo).duties());
    }

    @Test
    void clearingUnlinksTheUsersOwnDutyWithoutLosingIt() {
        Chart c = Accountability.setRole(cfo, "budgets", null).apply(starter);
        assertEquals(List.of(Duty.of("Reviews the budgets")), c.position(cfo).duties());
        assertEquals(Optional.empty(), Accountability.roleOf(c.position(cfo), "budgets"));
    }

    @Test
    void theStrongestRoleOfSeveralLinksIsTheCell() {
        Chart c = Edits.addDuty(cfo, Duty.linked("Signs off the budget", "budgets", RaciRole.ACCOUNTABLE), -1).apply(starter);
        assertEquals(Optional.of(RaciRole.ACCOUNTABLE), Accountability.roleOf(c.position(cfo), "budgets"));
    }

    @Test
    void anUnknownResponsibilityIsRefusedAndARoleNeedsALink() {
        assertThrows(EditRefusedException.class, () -> Accountability.setRole(cfo, "ghost", RaciRole.RESPONSIBLE).apply(starter));
        assertThrows(IllegalArgumentException.class, () -> new Duty("Text", null, RaciRole.ACCOUNTABLE, null));
        assertEquals(RaciRole.RESPONSIBLE, new Duty("Text", "budgets", null, null).role());
    }
}
