package dev.orgwright.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edit;
import dev.orgwright.model.EditRefusedException;
import dev.orgwright.rules.FindingView;
import dev.orgwright.rules.RandomEdits;
import dev.orgwright.rules.RandomEdits.EditRecipe;
import dev.orgwright.rules.Validation;
import dev.orgwright.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random edit sequences through a document's undo history: undoing them all gives back the
 * first chart exactly (the very same value), redoing replays every intermediate chart exactly,
 * the findings after each undo and redo are what validating from scratch gives, and "unsaved"
 * is true exactly when the chart is not the one last saved. Invariants of each edited chart are
 * {@code model.ChartPropertiesTest}'s concern; here it is the history.
 */
class EditHistoryPropertiesTest {

    private static final Validator VALIDATOR = Validator.withDefaultRules();

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("orgwright-history");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    @Provide
    Arbitrary<Chart> charts() {
        return RandomEdits.charts(25);
    }

    @Provide
    Arbitrary<List<EditRecipe>> edits() {
        return RandomEdits.sequences(30);
    }

    /** Applies what can be applied; returns the charts the document went through, the first included. */
    private static List<Chart> applyAll(ChartDocument document, List<EditRecipe> recipes) {
        List<Chart> states = new ArrayList<>(List.of(document.chart()));
        for (EditRecipe recipe : recipes) {
            Edit edit = RandomEdits.plan(document.chart(), document.validation(), recipe);
            try {
                document.apply(edit);
            } catch (EditRefusedException e) {
                assertSame(states.get(states.size() - 1), document.chart(), "a refused edit changes nothing");
                continue;
            }
            if (document.chart() != states.get(states.size() - 1)) {
                states.add(document.chart());
            }
        }
        return states;
    }

    private static void assertFindingsFromScratch(ChartDocument document) {
        Validation full = VALIDATOR.validate(document.chart());
        assertEquals(FindingView.of(full.all(), document.chart()), FindingView.of(document.validation().all(), document.chart()));
    }

    @Property(tries = 100)
    void undoingEverythingGivesTheFirstChartAndRedoReplaysEachStep(@ForAll("charts") Chart start,
                                                                   @ForAll("edits") List<EditRecipe> recipes) {
        ChartDocument document = new ChartDocument(start, null, VALIDATOR);
        List<Chart> states = applyAll(document, recipes);

        for (int i = states.size() - 1; i > 0; i--) {
            assertTrue(document.canUndo());
            document.undo();
            assertSame(states.get(i - 1), document.chart(), "undo step back to state " + (i - 1));
            assertFindingsFromScratch(document);
        }
        assertFalse(document.canUndo());
        assertSame(start, document.chart());
        assertEquals(start, document.chart());
        assertFalse(document.isDirty(), "back at the opened chart: nothing unsaved");

        for (int i = 1; i < states.size(); i++) {
            assertTrue(document.canRedo());
            document.redo();
            assertSame(states.get(i), document.chart(), "redo to state " + i);
            assertFindingsFromScratch(document);
        }
        assertFalse(document.canRedo());
        assertEquals(states.size() > 1, document.isDirty());
    }

    /** Moves through the history at random: the document behaves like a list of charts with a cursor. */
    @Property(tries = 100)
    void undoRedoAndNewEditsBehaveLikeAListWithACursor(@ForAll("charts") Chart start,
                                                       @ForAll("edits") List<EditRecipe> recipes,
                                                       @ForAll("moves") List<Integer> moves) throws Exception {
        ChartDocument document = new ChartDocument(start, null, VALIDATOR);
        List<Chart> timeline = new ArrayList<>(List.of(start));
        int cursor = 0;
        Chart saved = start;
        int next = 0;
        for (int move : moves) {
            switch (move) {
                case 0 -> {
                    if (cursor > 0) {
                        document.undo();
                        cursor--;
                    } else {
                        assertFalse(document.canUndo());
                    }
                }
                case 1 -> {
                    if (cursor < timeline.size() - 1) {
                        document.redo();
                        cursor++;
                    } else {
                        assertFalse(document.canRedo());
                    }
                }
                case 2 -> {
                    document.saveAs(folder.resolve("history.orgchart.json"));
                    saved = document.chart();
                }
                default -> {
                    if (next < recipes.size()) {
                        Chart before = document.chart();
                        try {
                            document.apply(RandomEdits.plan(before, document.validation(), recipes.get(next)));
                        } catch (EditRefusedException ignored) {
                            // refused: nothing changes
                        }
                        next++;
                        if (document.chart() != before) {
                            timeline.subList(cursor + 1, timeline.size()).clear(); // a new edit drops the redo steps
                            timeline.add(document.chart());
                            cursor++;
                        }
                    }
                }
            }
            assertSame(timeline.get(cursor), document.chart());
            assertEquals(cursor > 0, document.canUndo());
            assertEquals(cursor < timeline.size() - 1, document.canRedo());
            assertEquals(document.chart() != saved, document.isDirty());
        }
        assertFindingsFromScratch(document);
    }

    @Provide
    Arbitrary<List<Integer>> moves() {
        return Arbitraries.integers().between(0, 5).list().ofMaxSize(40);
    }
}
