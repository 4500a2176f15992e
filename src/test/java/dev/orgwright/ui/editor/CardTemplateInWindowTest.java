package dev.orgwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Templates;
import dev.orgwright.render.CardSizing;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFonts;
import dev.orgwright.ui.fx.CachedCardSizer;
import dev.orgwright.ui.fx.RecordingDialogs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window lays its cards out as the chart's card template asks, and again when the template is edited or undone. */
class CardTemplateInWindowTest {

    private static final PositionId CFO = PositionId.of("cfo");

    @Test
    void addingALineToTheTemplateMakesTheCardsTallerAndUndoBringsThemBack() throws Exception {
        Chart chart = Chart.builder().title("Board").tiers(Templates.leadershipTeam())
                .add(Position.of("ceo", "Chief Executive Officer", Templates.SENIOR).withHolder("Ada"))
                .add(Position.of("cfo", "Chief Financial Officer", Templates.SENIOR).withHolder("Grace")
                        .withDepartment("Finance and Accounting").withReportsTo(PositionId.of("ceo")))
                .build();
        ChartWindowModel model = new ChartWindowModel(chart,
                new CachedCardSizer(new CardSizing(new ExportFonts(), Theme.LIGHT)), ChartFiles::load,
                new RecordingDialogs());
        double before = model.layout().box(CFO).orElseThrow().height();

        CardTemplate withDepartment = new CardTemplate(
                List.of(CardTemplate.TITLE, CardTemplate.HOLDER, CardTemplate.DEPARTMENT), true);
        assertTrue(model.apply(CardTemplate.edit(withDepartment)).isApplied());
        double after = model.layout().box(CFO).orElseThrow().height();
        assertTrue(after > before, "a third line makes the card taller: " + before + " → " + after);

        model.undo();
        assertEquals(before, model.layout().box(CFO).orElseThrow().height(), 0.001);
    }
}
