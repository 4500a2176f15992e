package dev.orgwright.render.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Accountability;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Duty;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.RaciRole;
import dev.orgwright.model.Templates;
import dev.orgwright.render.Theme;
import dev.orgwright.render.export.ExportFonts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** The role charters' appendix of a deck, opened again with POI. */
class CharterSlidesTest {

    private static final DeckOptions BASE = DeckOptions.defaults().withDate(LocalDate.of(2025, 3, 31));

    /** The starter chart with a purpose, an A, a C, a dotted line and a private cost on the CFO; {@code extra} more duties. */
    private static Chart chart(int extra) {
        Chart c = Templates.leadershipTeamStarter();
        PositionId cfo = PositionId.of("cfo");
        c = Edits.setNotes(cfo, "Keeps the company solvent and its figures true.").apply(c);
        c = Accountability.setRole(cfo, "budgets", RaciRole.ACCOUNTABLE).apply(c);
        c = Edits.addDuty(cfo, Duty.linked("Advises on the strategy", "strategy", RaciRole.CONSULTED), -1).apply(c);
        c = Edits.addDottedLine(cfo, PositionId.of("coo")).apply(c);
        c = Edits.setCost(cfo, new BigDecimal("987654")).apply(c);
        for (int i = 1; i <= extra; i++) {
            c = Edits.addDuty(cfo, Duty.of("Reviews the monthly figures of business unit number " + i
                    + " with its controller and reports what changed to the board"), -1).apply(c);
        }
        return c;
    }

    private static XMLSlideShow write(Chart chart, DeckOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckWriter(new ExportFonts(), Theme.LIGHT).write(chart, null, options, out);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The charter boxes of a slide. */
    private static List<XSLFTextShape> charterBoxes(XSLFSlide slide) {
        List<XSLFTextShape> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && s.getShapeName().startsWith(CharterSlides.BOX)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String heading(XSLFSlide slide) {
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t && "Heading".equals(s.getShapeName())) {
                return t.getTextParagraphs().get(0).getText();
            }
        }
        return "";
    }

    @Test
    void everyPositionHasItsCharterInNativeTextWithRolesAndNoCost() throws IOException {
        Chart chart = chart(0);
        try (XMLSlideShow without = write(chart, BASE); XMLSlideShow show = write(chart, BASE.withCharters(true))) {
            assertTrue(without.getSlides().stream().allMatch(s -> charterBoxes(s).isEmpty()), "no charters unless asked");
            Set<String> ids = new HashSet<>();
            StringBuilder cfo = new StringBuilder();
            int charterSlides = 0;
            for (XSLFSlide slide : show.getSlides()) {
                List<XSLFTextShape> boxes = charterBoxes(slide);
                charterSlides += boxes.isEmpty() ? 0 : 1;
                for (XSLFTextShape box : boxes) {
                    ids.add(box.getShapeName().substring(CharterSlides.BOX.length()));
                    if (box.getShapeName().equals(CharterSlides.BOX + "cfo")) {
                        cfo.append(box.getText());
                    }
                    for (XSLFTextParagraph p : box.getTextParagraphs()) {
                        for (XSLFTextRun r : p.getTextRuns()) {
                            assertTrue(r.getFontSize() >= 10, r.getRawText() + " at " + r.getFontSize());
                        }
                    }
                    assertFalse(box.getText().contains("987"), "no cost on a charter");
                }
                if (!boxes.isEmpty()) {
                    assertTrue(heading(slide).startsWith("Role charter"), heading(slide));
                }
            }
            Set<String> all = new HashSet<>();
            chart.inTreeOrder().forEach(p -> all.add(p.id().value()));
            assertEquals(all, ids);
            assertTrue(charterSlides < chart.size(), "short charters share a slide: " + charterSlides);
            String text = cfo.toString();
            assertTrue(text.contains("Keeps the company solvent and its figures true."), text);
            assertTrue(text.contains("C (Consulted): "), text);
            assertTrue(text.contains("Accountable for: "), text);
            assertTrue(text.contains("Dotted lines to: " + chart.position(PositionId.of("coo")).title()), text);
            assertTrue(text.contains("Reports to: " + chart.position(chart.position(PositionId.of("cfo")).reportsTo())
                    .title()), text);
            assertEquals(show.getSlides().size() - without.getSlides().size(), charterSlides);
        }
    }

    @Test
    void aLongCharterContinuesOnTheNextSlideAndStaysAboveTheFooter() throws IOException {
        Chart chart = chart(40);
        Position cfo = chart.position(PositionId.of("cfo"));
        for (DeckOptions options : List.of(BASE.withCharters(true), BASE.withCharters(true).withSize(SlideSize.STANDARD))) {
            try (XMLSlideShow show = write(chart, options)) {
                DeckFrame frame = new DeckFrame(options.size());
                List<String> cfoText = new ArrayList<>();
                for (XSLFSlide slide : show.getSlides()) {
                    for (XSLFTextShape box : charterBoxes(slide)) {
                        assertTrue(box.getAnchor().getMaxY() <= frame.areaY() + frame.areaHeight() + 0.01,
                                box.getShapeName() + " ends at " + box.getAnchor().getMaxY());
                        if (box.getShapeName().equals(CharterSlides.BOX + "cfo")) {
                            cfoText.add(box.getText());
                        }
                    }
                }
                assertTrue(cfoText.size() >= 2, "the CFO's charter continues: " + cfoText.size());
                assertTrue(cfoText.get(1).startsWith(cfo.title() + " (continued)"), cfoText.get(1));
                String joined = String.join("\n", cfoText);
                for (int i = 1; i <= 40; i++) {
                    assertTrue(joined.contains("business unit number " + i + " "), "duty " + i + " is on a slide");
                }
                assertTrue(joined.contains("Decision rights"), "the charter's end is written");
            }
        }
    }
}
