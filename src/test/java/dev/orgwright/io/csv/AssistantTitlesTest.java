package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which titles name a post that assists its manager, as organograms and HR exports spell them. */
class AssistantTitlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Executive Assistant", "Personal Assistant ", "PA", "diary manager", "Private Secretary",
            "Assistant Private Secretary", "Principal  Private Secretary", "PA / Diary Manager",
            "Executive Assistant to the Permanent Secretary", "PA to the CEO"})
    void assisting(String title) {
        assertTrue(AssistantTitles.assists(title), title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Assistant Parliamentary Counsel", "Senior Assistant Parliamentary Counsel",
            "Deputy Director, Private Secretary to the Prime Minister", "Administration Assistant", "Assistant Manager",
            "Permanent Secretary", "Secretary to the Commission", "Office Manager", "Programme Support Officer",
            "Assistant Director"})
    void notAssisting(String title) {
        assertFalse(AssistantTitles.assists(title), title);
    }
}
