package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.orgwright.model.Edits;
import dev.orgwright.model.PositionId;
import dev.orgwright.ui.TestWindows;
import dev.orgwright.ui.export.ExportSource;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editor window as the export dialog and the printer see it, without a toolkit. */
class EditorExportSourceTest {

    private static final PositionId CFO = PositionId.of("cfo");

    private final ChartWindowModel model = TestWindows.onSample(new RecordingDialogs());

    @Test
    void itReadsTheWindowAsItIsWhenAskedNotAsItWasWhenMade() {
        ExportSource source = new EditorExportSource(model);
        model.view().resize(800, 600);
        model.select(CFO);
        model.toggleCollapsed(PositionId.of("coo"));
        model.apply(Edits.setTitle(CFO, "Chief Financial and Administrative Officer"));

        assertEquals(model.chart(), source.chart());
        assertEquals(model.validation(), source.validation());
        assertEquals(model.layoutOptions(), source.layoutOptions());
        assertEquals(Set.of(PositionId.of("coo")), source.collapsed());
        assertEquals(Optional.of(CFO), source.selection());
        assertEquals(Optional.of(model.view().viewport()), source.view());
        assertEquals(model.chart().title(), source.name());
        assertNull(source.changes(), "an editor has no comparison's marks");
        assertEquals(Optional.of(Set.of()), source.hidden(), "the window shows every part of the cards");
        model.setHidden(ChartWindowModel.HOLDERS, true);
        model.setHidden(ChartWindowModel.LEGEND, true);
        assertEquals(Optional.of(Set.of("holders", "legend")), source.hidden(), "what View → Show… leaves out");
    }

    @Test
    void whileTheWindowShowsOneTeamAloneTheExportAndThePrintHoldThatTeam() {
        ExportSource source = new EditorExportSource(model);
        model.select(PositionId.of("ceo"));
        model.showTeam(CFO);

        assertEquals(model.chart().subtree(CFO), source.chart().subtree(CFO));
        assertEquals(model.chart().subtree(CFO).size(), source.chart().size(), "nothing else");
        assertNull(source.chart().position(CFO).reportsTo(), "the team's top reports to no one in it");
        assertEquals(Optional.empty(), source.selection(), "a selection outside the team is not the export's");
        assertSame(source.chart(), source.chart(), "cut once per chart version");

        model.showTeam(null);
        assertEquals(model.chart(), source.chart());
    }
}
