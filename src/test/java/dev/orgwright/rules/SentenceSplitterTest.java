package dev.orgwright.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paragraph pasted as one duty is judged sentence by sentence, so the splitting must be right. */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(DutyCues.ENGLISH);

    @Test
    void splitsAParagraphIntoItsSentences() {
        assertEquals(List.of("Richard has a dual role.",
                        "He is Permanent Secretary and Accounting Officer.",
                        "The Group works with teams across government!",
                        "Does it?"),
                splitter.split("Richard has a dual role. He is Permanent Secretary and Accounting Officer. "
                        + "The Group works with teams across government! Does it?"));
    }

    @Test
    void anAbbreviationOrAWordInLowerCaseDoesNotEndTheSentence() {
        assertEquals(List.of("Reviews how Government does business, i.e. contract, for large services."),
                splitter.split("Reviews how Government does business, i.e. contract, for large services."));
        assertEquals(List.of("Manages relationships on behalf of No. 10 and the Cabinet Office, e.g. Ministers."),
                splitter.split("Manages relationships on behalf of No. 10 and the Cabinet Office, e.g. Ministers."));
        assertEquals(List.of("Works with Dr. Smith on the plan.", "Reports to the board."),
                splitter.split("Works with Dr. Smith on the plan. Reports to the board."));
    }

    @Test
    void eachLineIsSplitOnItsOwnAndBlankLinesAreDropped() {
        assertEquals(List.of("Leads the team", "Sets the budget.", "Hires staff."),
                splitter.split("Leads the team\n\n  Sets the budget. Hires staff.\r\n"));
    }

    @Test
    void textWithoutAFullStopIsOneSentence() {
        assertEquals(List.of("Head of Regulation Team"), splitter.split("Head of Regulation Team"));
        assertEquals(List.of(), splitter.split("   "));
    }
}
