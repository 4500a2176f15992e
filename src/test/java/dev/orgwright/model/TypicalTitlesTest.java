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
    void everyoneElseIsLeftForTheUser() {
        for (String t : List.of("Programmer", "Sales Representative", "Chief of Staff", "Accountant", "Clerk")) {
            assertEquals(null, tier(t), t);
        }
    }

    @Test
    void theChartsOwnTiersAreUsedAndATieGivesNoTier() {
        List<Tier> tiers = new ArrayList<>(Templates.leadershipTeam());
        tiers.add(Tier.of("board", "Board", 3, List.of("Chairman", "Board Member"), List.of()));
        tiers.add(Tier.of("staff", "Staff", 4, List.of("Manager"), List.of()));
        TypicalTitles withBoard = new TypicalTitles(tiers);
        assertEquals("board", withBoard.read("Chairman of the Board").map(r -> r.tier().id()).orElse(null));
        assertEquals(null, withBoard.read("Sales Manager").map(r -> r.tier().id()).orElse(null), "two tiers list Manager");
    }
}
