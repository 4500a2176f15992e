package dev.orgwright.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.diff.ChartDiff;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change list can be handed to a client: it says that a cost changed, never the amounts. */
class ChangeListPrivacyTest {

    @Test
    void csvAndMarkdownListACostChangeWithoutTheAmounts() throws Exception {
        PositionId cfo = PositionId.of("cfo");
        Chart old = Chart.builder().add(Position.of("cfo", "CFO", null).withCost(new BigDecimal("98765.43"))).build();
        Chart proposal = Edits.sequence("raise", List.of(Edits.setCost(cfo, new BigDecimal("123456.78")),
                Edits.setFte(cfo, new BigDecimal("0.8")))).apply(old);
        ChartDiff diff = ChartDiff.compare(old, proposal);

        StringWriter csv = new StringWriter();
        ChangeListWriter.writeCsv(diff, csv);
        StringWriter markdown = new StringWriter();
        ChangeListWriter.writeMarkdownDocument(diff, "", List.of(), List.of(), markdown);

        for (String text : List.of(csv.toString(), markdown.toString())) {
            assertTrue(text.contains("The cost of 'CFO' changed."), text);
            assertTrue(text.contains("'CFO' is now 0.8 FTE (was 1)."), text);
            assertFalse(text.contains("98765") || text.contains("123456") || text.contains("98,765")
                    || text.contains("123,456"), text);
        }
    }
}
