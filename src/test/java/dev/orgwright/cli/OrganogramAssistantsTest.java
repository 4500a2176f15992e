package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.layout.Box;
import dev.orgwright.layout.CardSizer;
import dev.orgwright.layout.ChartLayout;
import dev.orgwright.layout.LayoutOptions;
import dev.orgwright.layout.TreeLayout;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cabinet Office organogram pair has dozens of executive assistants, diary managers and
 * private secretaries among its junior rows. Imported, they are their post's assistants: drawn
 * beside its line above the rest of its team, as an org chart draws them, in every layout mode.
 */
class OrganogramAssistantsTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(OrganogramAssistantsTest.class.getResource("/dev/orgwright/io/csv/organograms/" + name)
                .toURI());
    }

    private static final Set<String> ASSISTING = Set.of("executive assistant", "diary manager", "private secretary",
            "personal assistant", "assistant private secretary", "principal private secretary");

    private Chart importCabinetOffice(CliRun[] run) throws Exception {
        Path out = dir.resolve("co.orgchart.json");
        run[0] = CliRun.of("import", fixture("cabinet-office-2013-09-senior.csv").toString(), "--staff",
                fixture("cabinet-office-2013-09-junior.csv").toString(), "--out", out.toString(), "--language", "en");
        assertEquals(0, run[0].exitCode(), run[0].out() + run[0].err());
        return ChartFiles.load(out);
    }

    @Test
    void theSecretariesOfTheJuniorFileAreTheirPostsAssistants() throws Exception {
        CliRun[] run = new CliRun[1];
        Chart chart = importCabinetOffice(run);
        int assistants = 0;
        for (Position p : chart.inTreeOrder()) {
            String title = p.title().strip().toLowerCase(Locale.ROOT);
            boolean leaf = chart.childrenOf(p.id()).isEmpty();
            if (ASSISTING.contains(title) && leaf) {
                assertTrue(p.assistant(), p.id() + " '" + p.title() + "' assists " + p.reportsTo());
            }
            if (!leaf || title.contains("parliamentary counsel") || title.contains("deputy director")) {
                assertFalse(p.assistant(), p.id() + " '" + p.title() + "' is not an assistant");
            }
            assistants += p.assistant() ? 1 : 0;
        }
        assertTrue(assistants >= 80, assistants + " assistants");
        assertTrue(run[0].out().contains(String.format(Locale.ROOT, "%d positions are assistants by their title",
                assistants)), run[0].out());
    }

    @Test
    void everyAssistantSitsBesideItsManagersLineAboveTheRestOfTheTeamInEveryMode() throws Exception {
        Chart chart = importCabinetOffice(new CliRun[1]);
        List<Position> assistants = new java.util.ArrayList<>();
        chart.inTreeOrder().forEach(p -> {
            if (p.assistant()) {
                assistants.add(p);
            }
        });
        assertFalse(assistants.isEmpty());
        for (LayoutOptions.Mode mode : LayoutOptions.Mode.values()) {
            LayoutOptions options = LayoutOptions.DEFAULT.withMode(mode);
            ChartLayout layout = new TreeLayout(options).layout(chart, CardSizer.fixed(160, 60));
            for (Position a : assistants) {
                Box manager = layout.box(a.reportsTo()).orElseThrow();
                Box beside = layout.box(a.id()).orElseThrow();
                assertTrue(beside.y() > manager.bottom(), a.id() + " below its manager in " + mode);
                assertTrue(beside.right() < manager.centreX() || beside.x() > manager.centreX(),
                        a.id() + " beside its manager's line in " + mode);
                for (PositionId r : chart.childrenOf(a.reportsTo())) {
                    Position report = chart.positionsById().get(r);
                    if (!report.assistant()) {
                        assertTrue(beside.bottom() < layout.box(r).orElseThrow().y(),
                                a.id() + " above " + r + " in " + mode);
                    }
                }
            }
        }
    }
}
