package dev.orgwright.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.editor.ChartWindowModel;
import dev.orgwright.ui.fx.RecordingDialogs;
import org.junit.jupiter.api.Test;

/** What a screen reader hears for a card: the wording, without a window. */
class CardSpeechTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");

    private final ChartWindowModel model = TestWindows.onSample(new RecordingDialogs());

    private String speech(PositionId id) {
        return CardSpeech.of(model.chart(), model.validation(), id);
    }

    @Test
    void aCardSaysTitleHolderTierManagerReportsAndFindings() {
        var cfo = model.chart().position(CFO);
        int findings = model.validation().findingsFor(CFO).size();
        int reports = model.chart().childrenOf(CFO).size();
        String expected = cfo.title() + ", " + cfo.holder() + ", " + model.chart().tier(cfo.tierId()).orElseThrow().name()
                + ", reports to " + model.chart().position(CEO).title()
                + (reports == 0 ? "" : reports == 1 ? ", 1 direct report" : ", " + reports + " direct reports")
                + (findings == 0 ? ", no findings" : findings == 1 ? ", 1 finding" : ", " + findings + " findings");
        assertEquals(expected, speech(CFO));
    }

    @Test
    void theTopSaysSoAndAVacancySaysVacant() {
        assertTrue(speech(CEO).contains(", top of the chart"), speech(CEO));
        model.apply(Edits.setHolder(CFO, ""));
        assertTrue(speech(CFO).startsWith(model.chart().position(CFO).title() + ", vacant, "), speech(CFO));
    }

    @Test
    void theWordsFollowTheChart() {
        model.apply(Edits.setTitle(CEO, "Managing Director"));
        assertTrue(speech(CFO).contains("reports to Managing Director"), speech(CFO));
    }

    @Test
    void withNothingSelectedTheCanvasSaysHowToReachACard() {
        assertEquals("Org chart of " + model.chart().size() + " positions, nothing selected. Press an arrow key to"
                + " select a position.", speech(null));
    }
}
