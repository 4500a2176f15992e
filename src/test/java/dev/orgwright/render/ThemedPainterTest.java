package dev.orgwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.FieldValues;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.model.Templates;
import dev.orgwright.rules.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The painter draws in the chart's theme: its colours, its cards, its font, its colouring. */
class ThemedPainterTest {

    private final Chart chart = chart();
    private final ChartLayout layout = new TreeLayout().layout(chart, CardSizer.fixed(180, 64));

    /** A CEO and four reports in two departments, one without; a private and a public field. */
    static Chart chart() {
        try {
            return Chart.builder().title("Departments").tiers(Templates.leadershipTeam())
                    .fields(List.of(FieldDefinition.of("grade", "Grade", FieldType.TEXT, false),
                            FieldDefinition.of("band", "Pay band", FieldType.TEXT, true)))
                    .add(Position.of("ceo", "Chief Executive Officer", "senior").withHolder("Maya"))
                    .add(p("fin", "Head of Finance", "Finance", "ceo", "G7", "B4"))
                    .add(p("acc", "Accountant", "Finance", "fin", "G5", "B2"))
                    .add(p("ops", "Head of Operations", "Operations", "ceo", "G7", "B4"))
                    .add(p("log", "Logistics Lead", "Operations", "ops", null, null))
                    .build();
        } catch (InvalidChartException e) {
            throw new AssertionError(e);
        }
    }

    private static Position p(String id, String title, String department, String manager, String grade, String band) {
        FieldValues values = FieldValues.NONE;
        if (grade != null) {
            values = values.with("grade", grade).with("band", band);
        }
        return Position.of(id, title, Templates.EXECUTIVE).withHolder("Someone").withDepartment(department)
                .withReportsTo(PositionId.of(manager)).withFieldValues(values);
    }

    private static Chart themed(Chart chart, Map<String, Object> theme) {
        return chart.withSettings(Settings.of(Map.of(ThemeSettings.KEY, theme)));
    }

    private RecordingSurface paint(Chart c) {
        RecordingSurface surface = new RecordingSurface();
        Box b = layout.bounds();
        new ChartPainter(Theme.of(c)).paint(surface, c, layout,
                new Viewport(b.x() - 10, b.y() - 10, 1, b.width() + 20, b.height() + 20), Decorations.NONE);
        return surface;
    }

    @Test
    void theDarkThemeFillsTheBackgroundAndCardsAndWritesInItsColours() {
        RecordingSurface s = paint(themed(chart, Map.of("base", "dark")));

        assertEquals(Theme.DARK.background(), s.rects.get(0).colour(), "the background first");
        long darkCards = s.rects.stream().filter(r -> r.filled() && r.colour().equals(Theme.DARK.cardFill())).count();
        assertEquals(chart.size(), darkCards);
        assertTrue(s.rects.stream().noneMatch(r -> r.colour().equals(Theme.LIGHT.cardFill())));
        assertTrue(s.texts.stream().filter(t -> t.text().equals("Chief Executive Officer"))
                .allMatch(t -> t.style().colour().equals(Theme.DARK.title())));
    }

    @Test
    void theCardStyleGivesTheRadiusTheShadowAndTheFontFamily() {
        RecordingSurface s = paint(themed(chart, Map.of("card", Map.of("radius", 12, "shadow", true),
                "font", "DejaVu Serif")));

        List<RecordingSurface.Rect> cards = s.rects.stream()
                .filter(r -> r.filled() && r.colour().equals(Theme.LIGHT.cardFill())).toList();
        assertEquals(chart.size(), cards.size());
        assertTrue(cards.stream().allMatch(r -> r.radius() == 12));
        long shadows = s.rects.stream().filter(r -> r.filled() && r.colour().alpha() < 255 && r.radius() == 12).count();
        assertEquals(chart.size(), shadows, "one shadow a card");
        assertTrue(s.texts.stream().allMatch(t -> "DejaVu Serif".equals(t.style().family())));
    }

    @Test
    void withoutATHemeTheCardsAreDrawnAsTheyAlwaysWere() {
        RecordingSurface plain = paint(chart);
        RecordingSurface light = new RecordingSurface();
        Box b = layout.bounds();
        new ChartPainter(Theme.LIGHT).paint(light, chart, layout,
                new Viewport(b.x() - 10, b.y() - 10, 1, b.width() + 20, b.height() + 20), Decorations.NONE);

        assertEquals(light.rects, plain.rects);
        assertEquals(light.texts, plain.texts);
        assertTrue(plain.texts.stream().allMatch(t -> t.style().family() == null));
    }

    @Test
    void colouringByDepartmentGivesEachDepartmentOneColourAndTheOthersTheirOwn() {
        Chart byDepartment = themed(chart, Map.of("colourBy", "department"));
        CardColouring colouring = CardColouring.of(Theme.of(byDepartment), byDepartment, null, false);

        Rgba finance = colouring.colourOf(byDepartment, byDepartment.position(PositionId.of("fin")));
        assertEquals(finance, colouring.colourOf(byDepartment, byDepartment.position(PositionId.of("acc"))));
        Rgba operations = colouring.colourOf(byDepartment, byDepartment.position(PositionId.of("ops")));
        assertNotEquals(finance, operations);
        assertEquals(Theme.LIGHT.noTierBand(), colouring.colourOf(byDepartment, byDepartment.position(PositionId.of("ceo"))));
        assertEquals(List.of(new CardColouring.Entry("Finance", finance), new CardColouring.Entry("Operations", operations),
                new CardColouring.Entry("No department", Theme.LIGHT.noTierBand())), colouring.legend());

        // the accent bands drawn are those colours
        RecordingSurface s = paint(byDepartment);
        assertTrue(s.rects.stream().anyMatch(r -> r.colour().equals(finance)));
        assertTrue(s.rects.stream().anyMatch(r -> r.colour().equals(operations)));
    }

    @Test
    void aDepartmentKeepsItsColourWhenOtherDepartmentsComeAndGo() {
        List<Rgba> palette = CardColouring.PALETTE;
        Map<String, Rgba> few = CardColouring.assign(new TreeSet<>(Set.of("Finance", "Sales")), palette);
        Map<String, Rgba> more = CardColouring.assign(new TreeSet<>(Set.of("Finance", "Sales", "Legal", "People",
                "Research")), palette);
        // These names want five different colours, so adding departments leaves the others alone.
        assertEquals(5, more.keySet().stream()
                .map(n -> Math.floorMod(CardColouring.stableHash(n), palette.size())).distinct().count());
        assertEquals(few.get("Finance"), more.get("Finance"));
        assertEquals(few.get("Sales"), more.get("Sales"));
        assertEquals(5, more.values().stream().distinct().count(), "five departments, five colours");
        assertEquals(CardColouring.assign(new TreeSet<>(Set.of("Finance")), palette).get("Finance"),
                palette.get(Math.floorMod(CardColouring.stableHash("Finance"), palette.size())),
                "the colour is the hash's, the same on every machine and run");
    }

    @Test
    void twelveDepartmentsGetTwelveColoursEvenWhenTheirHashesCollide() {
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            names.add("Department " + i);
        }
        assertEquals(12, CardColouring.assign(names, CardColouring.PALETTE).values().stream().distinct().count());
    }

    @Test
    void thirtySixDepartmentsGetThirtySixColoursAndTheFirstTwelveKeepTheirs() {
        for (List<Rgba> palette : List.of(CardColouring.PALETTE, CardColouring.PALETTE_DARK,
                CardColouring.PALETTE_PRINT)) {
            TreeSet<String> names = new TreeSet<>();
            for (int i = 0; i < 36; i++) {
                names.add(String.format("Department %02d", i));
            }
            Map<String, Rgba> colours = CardColouring.assign(names, palette);
            assertEquals(36, colours.values().stream().distinct().count(), "36 departments, 36 colours");
            // Every pair differs by 15 or more on the RGB scale of 255 (the closest, in the print palette: 17.6).
            List<Rgba> all = List.copyOf(colours.values());
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    Rgba p = all.get(i);
                    Rgba q = all.get(j);
                    double d = Math.sqrt(Math.pow(p.red() - q.red(), 2) + Math.pow(p.green() - q.green(), 2)
                            + Math.pow(p.blue() - q.blue(), 2));
                    assertTrue(d >= 15, p + " and " + q + " are " + d + " apart");
                }
            }
            // The first twelve, alphabetically, have the colours they had on their own.
            TreeSet<String> first = new TreeSet<>(names.headSet("Department 12"));
            assertEquals(12, first.size());
            Map<String, Rgba> alone = CardColouring.assign(first, palette);
            for (String n : first) {
                assertEquals(alone.get(n), colours.get(n), n);
            }
        }
    }

    @Test
    void colouringByAPublicFieldUsesItsValuesAndByAPrivateOneOnlyInTheWindow() {
        Chart byGrade = themed(chart, Map.of("colourBy", "field:Grade"));
        CardColouring grade = CardColouring.of(Theme.of(byGrade), byGrade, null, false);
        assertEquals(List.of("G5", "G7", "No value"), grade.legend().stream().map(CardColouring.Entry::name).toList());
        assertEquals("Grade", grade.legendTitle());

        Chart byBand = themed(chart, Map.of("colourBy", "field:Pay band"));
        CardColouring export = CardColouring.of(Theme.of(byBand), byBand, null, false);
        assertEquals(ColourBy.TIER, export.colourBy(), "an export does not show a private field's values");
        assertFalse(export.legend().stream().anyMatch(e -> e.name().startsWith("B")));
        CardColouring window = CardColouring.of(Theme.of(byBand), byBand, null, true);
        assertEquals(List.of("B2", "B4", "No value"), window.legend().stream().map(CardColouring.Entry::name).toList());
    }

    @Test
    void colouringBySeverityUsesTheWorstFindingOfEachCard() {
        Chart bySeverity = themed(chart, Map.of("colourBy", "severity"));
        var findings = Validator.withDefaultRules().validate(bySeverity);
        CardColouring colouring = CardColouring.of(Theme.of(bySeverity), bySeverity, findings, false);
        for (Position p : bySeverity.inTreeOrder()) {
            Rgba expected = findings.worstFor(p.id()).map(s -> switch (s) {
                case ERROR -> Theme.LIGHT.marks().error();
                case WARNING -> Theme.LIGHT.marks().warning();
                case INFO -> Theme.LIGHT.marks().info();
            }).orElse(Theme.LIGHT.marks().dropAllowed());
            assertEquals(expected, colouring.colourOf(bySeverity, p), p.id().value());
        }
        assertEquals("Findings", colouring.legendTitle());
    }

    @Test
    void theLegendPanelNamesWhatTheColoursMean() {
        Chart byDepartment = themed(chart, Map.of("colourBy", "department"));
        Theme theme = Theme.of(byDepartment);
        Legend legend = Legend.of(CardColouring.of(theme, byDepartment, null, false), theme, (t, st) -> t.length() * 7);
        RecordingSurface s = new RecordingSurface();
        legend.paint(s, 10, 10, 1);

        assertEquals(List.of("Departments", "Finance", "Operations", "No department"), s.textStrings());
        assertTrue(legend.width() >= "No department".length() * 7);
    }

    @Test
    void withoutAnAccentNoCardShowsATierColourAndWithOneOnTheLeftEveryCardDoes() {
        Set<Rgba> bands = Set.copyOf(Theme.LIGHT.tierBands());
        RecordingSurface none = paint(themed(chart, Map.of("card", Map.of("accent", "none"))));
        assertTrue(none.rects.stream().noneMatch(r -> bands.contains(r.colour())), "no accent, no tier colour");

        RecordingSurface left = paint(themed(chart, Map.of("card", Map.of("accent", "left"))));
        assertEquals(chart.size(), left.rects.stream().filter(r -> bands.contains(r.colour())).count());
    }
}
