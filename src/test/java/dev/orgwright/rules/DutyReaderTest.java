package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Duty;
import dev.orgwright.model.Templates;
import dev.orgwright.rules.SentenceReading.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading real job descriptions: a duty's tier is its scope, and a sentence that only describes
 * is no duty. The sentences of the issue that the word matcher alone got wrong are here.
 */
class DutyReaderTest {

    private final DutyReader reader = DutyReader.english(Templates.leadershipTeam(), MatchSettings.DEFAULTS);

    @Test
    void strategyOfOnePartIsExecutiveWork() {
        SentenceReading r = reader.read("Leading the Press Office, the Head of News helps to develop and deliver"
                + " effective media handling strategies.");
        assertTrue(r.duty(), r::toString);
        assertEquals(Templates.EXECUTIVE, r.tierId(), r::toString);
        assertEquals(Scope.ONE_PART, r.scope());
        assertEquals(Templates.EXECUTIVE, reader.read("Leads on IT reform strategy").tierId());
        assertEquals(Templates.EXECUTIVE, reader.read("Responsible for all aspects of Transparency policy, strategy"
                + " and delivery").tierId());
    }

    @Test
    void theWholeOrganisationsBudgetOrStrategyIsSeniorWork() {
        SentenceReading budget = reader.read("Approves the Department's annual budget and sets the spending limits.");
        assertEquals(Templates.SENIOR, budget.tierId(), budget::toString);
        assertEquals(Scope.WHOLE_ORGANISATION, budget.scope());
        assertTrue(budget.confidence() >= 0.9, budget::toString);
        assertTrue(budget.cues().contains("the Department's"), budget.cues()::toString);
        assertEquals(Templates.SENIOR, reader.read("Sets the strategy for the whole organisation").tierId());
        assertEquals(Templates.SENIOR, reader.read("Reports to the board on the company's risks").tierId());
    }

    @Test
    void aPartNamedAfterTheWholeOrganisationIsStillAPart() {
        SentenceReading r = reader.read("Leads the Department's finance team");
        assertEquals(Templates.EXECUTIVE, r.tierId(), r::toString);
        assertEquals(Templates.EXECUTIVE, reader.read("Heads the Finance Team").tierId());
    }

    @Test
    void doingTheWorkOneselfIsStaffWorkWhateverItIsAbout() {
        SentenceReading r = reader.read("Types up the minutes of the board meeting and files them");
        assertEquals(Templates.STAFF, r.tierId(), r::toString);
        assertEquals(Scope.OWN_WORK, r.scope());
        assertEquals(Templates.STAFF, reader.read("Senior Assistant Parliamentary Counsel work in the drafting teams"
                + " which draft Bills for Government.").tierId());
        assertEquals(Templates.EXECUTIVE, reader.read("Deputy Parliamentary Counsel lead drafting teams which draft"
                + " Bills for Government.").tierId(), "leading the team that drafts is running a part");
    }

    @Test
    void descriptionsPlaceholdersAndFragmentsAreNoDuties() {
        assertNotADuty("Airwave is the digital radio service used by police and fire services.", "describes");
        assertNotADuty("The specialist EU team advises operational and policy units within the Home Office.",
                "describes");
        assertNotADuty("Home Office Criminal Investigation Teams are responsible for tackling immigration crime at"
                + " the border.", "describes");
        assertNotADuty("Information withheld on security grounds", "says only");
        assertNotADuty("Not defined", "says only");
        assertNotADuty("and supports collaborative work across the Home Office and with other government depar",
                "cut off");
        assertNotADuty("Senior Assistant Parliamentary Counsel work in the drafting teams which provide advice in"
                + " connection with", "cut off");
        assertNotADuty("Head of Earth Observation Team", "names a post");
        assertNotADuty("There are 4 priority areas for raising capability.", "describes");
    }

    @Test
    void aDutyWhoseSubjectIsThePostIsADuty() {
        assertTrue(reader.read("The Director of Strategy and Programmes leads on ERG strategy").duty());
        assertTrue(reader.read("They vet draft statutory instruments.").duty());
        assertTrue(reader.read("Also oversees work of the Local Intelligence team.").duty());
        assertTrue(reader.read("Management of the Civil Service Reform Team.").duty());
    }

    @Test
    void aParagraphIsReadSentenceBySentenceAndALinkedDutyIsOneCertainReading() {
        List<SentenceReading> readings = reader.read(Duty.of("The unit provides advice on cyber security. Leads the"
                + " cyber policy team. Books travel for the team."));
        assertEquals(3, readings.size());
        assertFalse(readings.get(0).duty());
        assertEquals(Templates.EXECUTIVE, readings.get(1).tierId());
        assertEquals(Templates.STAFF, readings.get(2).tierId());

        List<SentenceReading> linked = reader.read(Duty.linked("Books travel. Files the post.", "strategy"));
        assertEquals(1, linked.size());
        assertEquals(Templates.SENIOR, linked.get(0).tierId());
        assertEquals(1.0, linked.get(0).confidence());
    }

    private void assertNotADuty(String sentence, String why) {
        SentenceReading r = reader.read(sentence);
        assertFalse(r.duty(), r::toString);
        assertTrue(r.reason().contains(why), r::reason);
    }
}
