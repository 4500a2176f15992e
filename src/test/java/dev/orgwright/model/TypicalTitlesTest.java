package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypicalTitlesTest {

    private final TypicalTitles leadership = new TypicalTitles(Templates.leadershipTeam());

    private String tier(String title) {
        return leadership.read(title).map(r -> r.tier().id()).orElse(null);
    }

    @Test
    void cLevelPresidentsAndVicePresidentsAreSeniorAsTheTemplateSays() {
        for (String t : List.of("Chief Executive Officer", "CEO", "Chief Marketing Officer", "CISO",
                "chief operating officer", "President", "Vice President, Sales", "VP Engineering",
                "Managing Director", "Co-Founder")) {
            assertEquals(Templates.SENIOR, tier(t), t);
        }
    }

    @Test
    void headsDirectorsAndManagersAreExecutive() {
        for (String t : List.of("Head of Sales", "Head of Operations", "Director of Finance", "Sales Manager",
                "Operations Manager", "Team Lead, Support")) {
            assertEquals(Templates.EXECUTIVE, tier(t), t);
        }
    }

    @Test
    void peopleWhoDoTheWorkAreStaff() {
        for (String t : List.of("Programmer", "Sales Representative", "Accountant", "Stock Clerk",
                "Senior Software Engineer", "Financial Analyst", "Marketing Coordinator", "Administration Assistant",
                "Public Accountant", "Support Specialist")) {
            assertEquals(Templates.STAFF, tier(t), t);
        }
    }

    @Test
    void seniorAndExecutiveTitlesWithAStaffWordKeepTheirTier() {
        // The longer typical title wins: "Vice President" over "Engineer", "Chief * Officer" over nothing.
        assertEquals(Templates.SENIOR, tier("Vice President, Engineering"));
        assertEquals(Templates.SENIOR, tier("Chief Information Officer"));
        assertEquals(Templates.EXECUTIVE, tier("Head of Customer Support"));
        // One word each for two tiers is a tie: no tier, rather than a wrong one.
        assertEquals(null, tier("Assistant Manager"));
        assertEquals(null, tier("Associate Director"));
    }

    @Test
    void everyoneElseIsLeftForTheUser() {
        for (String t : List.of("Chief of Staff", "Account Executive", "Chief Information Security Officer",
                "Nurse")) {
            assertEquals(null, tier(t), t);
        }
    }

    @Test
    void theChartsOwnTiersAreUsedAndATieGivesNoTier() {
        List<Tier> tiers = new ArrayList<>(Templates.leadershipTeam());
        tiers.add(Tier.of("board", "Board", 3, List.of("Chairman", "Board Member"), List.of()));
        tiers.add(Tier.of("crew", "Crew", 5, List.of("Manager"), List.of()));
        TypicalTitles withBoard = new TypicalTitles(tiers);
        assertEquals("board", withBoard.read("Chairman of the Board").map(r -> r.tier().id()).orElse(null));
        assertEquals(null, withBoard.read("Sales Manager").map(r -> r.tier().id()).orElse(null), "two tiers list Manager");
    }
}
