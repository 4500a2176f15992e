package dev.orgwright.model.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.CustomFieldEdits;
import dev.orgwright.model.Edit;
import dev.orgwright.model.Edits;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.FieldType;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.model.Templates;
import dev.orgwright.model.TierEdits;
import dev.orgwright.model.UnknownFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conflicts of a merge, one case each, and what the merged chart holds in each. */
class ChartMergeTest {

    private static final PositionId CEO = PositionId.of("ceo");
    private static final PositionId CFO = PositionId.of("cfo");
    private static final PositionId CTO = PositionId.of("cto");
    private static final PositionId DEV = PositionId.of("dev");
    private static final PositionId QA = PositionId.of("qa");

    /** ceo > (cfo, cto > (dev, qa)). */
    private static Chart base() throws Exception {
        return Chart.builder().title("Acme").tiers(Templates.leadershipTeam())
                .add(position("ceo", "Chief Executive Officer", null))
                .add(position("cfo", "Chief Financial Officer", "ceo"))
                .add(position("cto", "Chief Technology Officer", "ceo"))
                .add(position("dev", "Head of Development", "cto"))
                .add(position("qa", "Head of Quality", "cto"))
                .build();
    }

    private static Position position(String id, String title, String manager) {
        return new Position(PositionId.of(id), title, "", null, List.of(), manager == null ? null : PositionId.of(manager),
                List.of(), "", "", false, UnknownFields.NONE);
    }

    private static Chart edit(Chart chart, Edit... edits) {
        Chart c = chart;
        for (Edit e : edits) {
            c = e.apply(c);
        }
        return c;
    }

    @Test
    void aNewPositionsDottedLineToAPositionTheOtherSideRemovedIsAConflictWhicheverSideDrewIt() throws Exception {
        Chart base = base();
        Chart removing = edit(base, Edits.removeWithSubtree(CFO));
        Position adviser = position("adviser", "Board Adviser", "ceo").withDottedLines(List.of(CFO));
        Chart drawing = edit(base, Edits.add(adviser, -1));

        MergeResult drawnByOurs = ChartMerge.merge(base, drawing, removing);
        MergeResult drawnByTheirs = ChartMerge.merge(base, removing, drawing);

        assertFalse(drawnByOurs.isClean(), "OURS keeps the CFO its new line points at");
        assertTrue(drawnByOurs.chart().contains(CFO));
        assertFalse(drawnByTheirs.isClean(), "THEIRS' line to the CFO that OURS removed is reported, not dropped");
        assertFalse(drawnByTheirs.chart().contains(CFO), "OURS' removal stands");
        assertEquals(List.of(), drawnByTheirs.chart().position(PositionId.of("adviser")).dottedLines());
        assertTrue(drawnByTheirs.conflicts().toString().contains("dotted line to 'cfo'"),
                drawnByTheirs.conflicts()::toString);
    }

    @Test
    void editsOfDifferentPositionsAreCombined() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.setHolder(CFO, "Ana Diaz"));
        Chart theirs = edit(base, Edits.setTitle(DEV, "Head of Engineering"), Edits.move(QA, CEO, -1));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), result.conflicts()::toString);
        assertEquals("Ana Diaz", result.chart().position(CFO).holder());
        assertEquals("Head of Engineering", result.chart().position(DEV).title());
        assertEquals(List.of(CFO, CTO, QA), result.chart().childrenOf(CEO));
    }

    @Test
    void oneFieldSetDifferentlyIsAConflictThatKeepsOursAndNamesBothValues() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.setTitle(CTO, "Chief Information Officer"), Edits.setNotes(CTO, "ours"));
        Chart theirs = edit(base, Edits.setTitle(CTO, "Chief Digital Officer"), Edits.setDepartment(CTO, "Tech"));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(1, result.conflicts().size());
        assertEquals("'cto' ('Chief Information Officer'): title: OURS 'Chief Information Officer', THEIRS"
                + " 'Chief Digital Officer'; kept OURS.", result.conflicts().get(0).line());
        Position cto = result.chart().position(CTO);
        assertEquals("Chief Information Officer", cto.title());
        assertEquals("ours", cto.notes());
        assertEquals("Tech", cto.department()); // the other fields still merge
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.setTitle(CTO, "CIO"), Edits.move(QA, CEO, -1));
        Chart theirs = edit(base, Edits.setTitle(CTO, "CIO"), Edits.move(QA, CEO, -1));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertTrue(result.isClean(), result.conflicts()::toString);
        assertEquals(ours, result.chart());
    }

    @Test
    void aMoveIntoATeamTheirsRemovedKeepsThatTeamsManager() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.move(CFO, CTO, -1));
        Chart theirs = edit(base, Edits.removeWithSubtree(CTO));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertFalse(result.isClean());
        assertEquals(CTO, result.chart().position(CFO).reportsTo());
        assertTrue(result.chart().contains(CTO));
        assertTrue(result.conflicts().stream().anyMatch(c -> c.line().startsWith("'cto' ('Chief Technology Officer'):"
                + " removed on one side, kept on the other: OURS (keeps 'cfo'")), result.conflicts()::toString);
        // dev and qa were not changed by OURS: THEIRS' removal of them stands
        assertFalse(result.chart().contains(DEV));
    }

    @Test
    void aMoveIntoATeamOursRemovedStaysWhereOursHasIt() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.removeWithSubtree(CTO));
        Chart theirs = edit(base, Edits.move(CFO, DEV, -1));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(CEO, result.chart().position(CFO).reportsTo());
        assertFalse(result.chart().contains(CTO));
        assertEquals(1, result.conflicts().size(), result.conflicts()::toString);
        assertEquals("'cfo' ('Chief Financial Officer'): manager: OURS 'Chief Executive Officer' (ceo), THEIRS"
                + " 'Head of Development' (dev), which OURS removed; kept OURS.", result.conflicts().get(0).line());
    }

    @Test
    void anEditOfAPositionTheOtherSideRemovedIsAConflict() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.setHolder(QA, "Kim Park"));
        Chart theirs = edit(base, Edits.removeWithSubtree(QA));

        MergeResult kept = ChartMerge.merge(base, ours, theirs);
        MergeResult removed = ChartMerge.merge(base, theirs, ours);

        assertEquals("Kim Park", kept.chart().position(QA).holder());
        assertEquals("'qa' ('Head of Quality'): removed on one side, changed on the other: OURS (changed), THEIRS"
                + " (removed); kept OURS.", kept.conflicts().get(0).line());
        assertFalse(removed.chart().contains(QA));
        assertEquals(1, removed.conflicts().size());
    }

    @Test
    void movesThatTogetherMakeACircleAreSettledAsOursHasThem() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.move(CFO, DEV, -1));
        Chart theirs = edit(base, Edits.move(CTO, CFO, -1));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(DEV, result.chart().position(CFO).reportsTo());
        assertEquals(CEO, result.chart().position(CTO).reportsTo());
        assertEquals(1, result.conflicts().size(), result.conflicts()::toString);
        assertTrue(result.conflicts().get(0).line().startsWith("'cto' ('Chief Technology Officer'): manager (the two"
                + " sides together make a circle of managers): OURS 'Chief Executive Officer' (ceo), THEIRS"
                + " 'Chief Financial Officer' (cfo)"), result.conflicts().get(0).line());
    }

    @Test
    void bothSidesAddingOneIdDifferentlyIsAConflictField() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.add(position("ops", "Head of Operations", "ceo"), -1));
        Chart theirs = edit(base, Edits.add(position("ops", "Operations Lead", "cto"), -1));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals("Head of Operations", result.chart().position(PositionId.of("ops")).title());
        assertEquals(CEO, result.chart().position(PositionId.of("ops")).reportsTo());
        assertEquals(List.of("title (both added the position)", "manager (both added the position)"),
                result.conflicts().stream().map(Conflict::what).toList());
    }

    @Test
    void reportsAddedOnBothSidesUnderOneManagerAreAllKeptInOneOrderWhicheverSideIsOurs() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.add(position("sec", "Security Lead", "cto"), 1));
        Chart theirs = edit(base, Edits.add(position("arch", "Architect", "cto"), 1),
                Edits.add(position("ux", "Design Lead", "cto"), -1));

        MergeResult xy = ChartMerge.merge(base, ours, theirs);
        MergeResult yx = ChartMerge.merge(base, theirs, ours);

        assertTrue(xy.isClean(), xy.conflicts()::toString);
        List<PositionId> order = xy.chart().childrenOf(CTO);
        assertEquals(List.of("dev", "arch", "sec", "qa", "ux"), order.stream().map(PositionId::value).toList());
        assertEquals(order, yx.chart().childrenOf(CTO));
    }

    @Test
    void reportsReorderedDifferentlyOnBothSidesAreAConflictThatKeepsOursOrder() throws Exception {
        Chart base = edit(base(), Edits.add(position("sec", "Security Lead", "cto"), -1));
        Chart ours = edit(base, Edits.reorder(PositionId.of("sec"), 0));
        Chart theirs = edit(base, Edits.reorder(QA, 0));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(ours.childrenOf(CTO), result.chart().childrenOf(CTO));
        assertEquals("'cto' ('Chief Technology Officer'): order of the reports: OURS 'sec, dev, qa', THEIRS"
                + " 'qa, dev, sec'; kept OURS.", result.conflicts().get(0).line());
    }

    @Test
    void theChartsTitleSettingsTiersAndFieldsMergeFieldByField() throws Exception {
        Chart base = edit(base(), Edits.setSettings(Settings.of(Map.of("currency", "EUR"))));
        Chart ours = edit(base, Edits.setChartTitle("Acme 2027"), TierEdits.rename(Templates.SENIOR, "Leadership"),
                Edits.setSettings(base.settings().with("rules.span.max", 9)),
                CustomFieldEdits.define(FieldDefinition.of("grade", "Grade", FieldType.NUMBER, false)));
        Chart theirs = edit(base, Edits.setChartTitle("Acme next year"),
                TierEdits.setTypicalTitles(Templates.SENIOR, List.of("Chief")),
                Edits.setSettings(base.settings().with("rules.layers.max", 5)),
                CustomFieldEdits.define(FieldDefinition.of("email", "E-mail", FieldType.TEXT, true)));

        MergeResult result = ChartMerge.merge(base, ours, theirs);
        Chart merged = result.chart();

        assertEquals("Acme 2027", merged.title());
        assertEquals(List.of("the chart: title: OURS 'Acme 2027', THEIRS 'Acme next year'; kept OURS."),
                result.conflicts().stream().map(Conflict::line).toList());
        assertEquals("Leadership", merged.tier(Templates.SENIOR).orElseThrow().name());
        assertEquals(List.of("Chief"), merged.tier(Templates.SENIOR).orElseThrow().typicalTitles());
        assertEquals(Map.of("currency", "EUR", "rules", Map.of("span", Map.of("max", 9), "layers", Map.of("max", 5))),
                merged.settings().asMap());
        assertEquals(List.of("email", "grade"), merged.fields().stream().map(FieldDefinition::id).toList());
    }

    @Test
    void privateValuesAreNotShownInAConflict() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.setCost(CFO, new BigDecimal("150000")));
        Chart theirs = edit(base, Edits.setCost(CFO, new BigDecimal("175000")));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals("'cfo' ('Chief Financial Officer'): cost: OURS (private), THEIRS (private); kept OURS.",
                result.conflicts().get(0).line());
        assertEquals(new BigDecimal("150000"), result.chart().position(CFO).cost());
    }

    @Test
    void aPositionTheirsAddedUnderATeamOursRemovedIsLeftOutAndListed() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.removeWithSubtree(CTO));
        Chart theirs = edit(base, Edits.add(position("ml", "ML Lead", "dev"), -1));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertFalse(result.chart().contains(PositionId.of("ml")));
        assertEquals(1, result.conflicts().size());
        assertTrue(result.conflicts().get(0).line().startsWith("'ml' ('ML Lead'): added:"), result.conflicts()::toString);
        assertNull(result.chart().find(DEV).orElse(null));
    }

    @Test
    void aDottedLineOursAddsToAPositionTheirsRemovedKeepsThatPosition() throws Exception {
        Chart base = base();
        Chart ours = edit(base, Edits.addDottedLine(CFO, QA));
        Chart theirs = edit(base, Edits.removeWithSubtree(QA));

        MergeResult result = ChartMerge.merge(base, ours, theirs);

        assertEquals(List.of(QA), result.chart().position(CFO).dottedLines());
        assertEquals(CTO, result.chart().position(QA).reportsTo());
        assertEquals(List.of("'qa' ('Head of Quality'): removed on one side, kept on the other: OURS (keeps a dotted"
                + " line from 'cfo' ('Chief Financial Officer')), THEIRS (removed); kept OURS."),
                result.conflicts().stream().map(Conflict::line).toList());
    }
}
