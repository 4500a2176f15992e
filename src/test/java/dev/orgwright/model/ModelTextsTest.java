package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The model's texts: complete in English, German, French and Spanish, every key used, no edit
 * description left as a literal, and the descriptions of the Edit menu in the chosen language.
 */
class ModelTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/orgwright/model");
    private static final Path BUNDLES = Path.of("src/main/resources/dev/orgwright/model");

    /**
     * Files whose texts for people are still literals, to be moved into the bundle; the list may
     * only shrink (a file with no literal text left must leave it). They hold the problems of a
     * loaded file or of a value out of range, which reach people through io or an edit's refusal,
     * and, in the comparison and the merge ({@code diff}, {@code merge}, scanned too), the words
     * of the changes, of the conflicts and of the edits that apply them.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of("ChartBuilder.java",
            "FieldDefinition.java", "InvalidChartException.java", "Position.java",
            "CatalogMerge.java", "ChartMerge.java", "Conflict.java", "PositionMerge.java", "ScenarioMerge.java");
    /** The packages of the model whose literals are scanned: the model itself, the comparison and the merge. */
    private static final Set<Path> SCANNED = Set.of(SOURCES, SOURCES.resolve("diff"), SOURCES.resolve("merge"));
    /**
     * Files whose literals are data, not texts shown: the default template and its translations
     * (the catalog, translated as data per language), the words of enums that the window and the
     * command line translate themselves, {@code toString}s for debugging, and the English kinds of
     * a change that JSON and CSV change lists carry for programs (people read {@code
     * ChangeKind.text()}, from the bundle).
     */
    private static final Set<String> NOT_TEXTS = Set.of("Templates.java", "TemplateTranslations.java",
            "TypicalTitles.java", "Chart.java", "ChangeKind.java");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        assertEquals(List.of(), TextBundleAudit.incompleteness(TextBundleAudit.bundles(BUNDLES)));
    }

    @Test
    void everyKeyIsUsedByTheModel() {
        Properties english = TextBundleAudit.bundles(BUNDLES).get("");
        assertEquals(List.of(), TextBundleAudit.unused(english, TextBundleAudit.literals(SOURCES), k -> false));
    }

    @Test
    void noEditDescriptionIsLeftAsALiteralOutsideTheFilesStillToMove() throws Exception {
        List<String> left = new ArrayList<>();
        Set<String> stillLiteral = new TreeSet<>();
        for (Path file : TextBundleAudit.literals(SOURCES).keySet()) {
            String name = file.getFileName().toString();
            if (NOT_TEXTS.contains(name) || !SCANNED.contains(file.getParent())) {
                continue;
            }
            String code = TextBundleAudit.withoutExceptionMessages(Files.readString(file));
            for (String literal : TextBundleAudit.literalsOf(code)) {
                if (TextBundleAudit.isProse(literal)) {
                    if (NOT_YET_MOVED.contains(name)) {
                        stillLiteral.add(name);
                    } else {
                        left.add(name + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), left, "texts for people belong in dev/orgwright/model/messages*.properties");
        assertEquals(new TreeSet<>(NOT_YET_MOVED), stillLiteral, "a file whose texts are all moved leaves NOT_YET_MOVED");
    }

    @Test
    void theScanLeavesExceptionMessagesOutAndKeepsTheRest() {
        String code = "x = new EditRefusedException(\"There is (still) one.\" + f(\"a b\")); y = \"Move it now\";";
        assertEquals(List.of("Move it now"), TextBundleAudit.literalsOf(TextBundleAudit.withoutExceptionMessages(code)));
    }

    @Test
    void changesOfAComparisonAndTheirUndoNamesFollowTheLanguage() {
        Chart before = ChartFixtures.leadershipTeam();
        Chart after = Edits.removeWithSubtree(PositionId.of("fin")).apply(before);
        Messages.setLocale(Locale.GERMAN);
        dev.orgwright.model.diff.Change removed = dev.orgwright.model.diff.ChartDiff.compare(before, after).changes().get(0);
        assertTrue(removed.description().startsWith("'Head of Finance' entfernt (es war unter '"), removed.description());
        assertEquals("'Head of Finance' entfernen", removed.edit().label(after));
        assertEquals("entfernt", removed.kind().text());
        assertEquals("removed", removed.kind().label());
        Messages.setLocale(Locale.ENGLISH);
        removed = dev.orgwright.model.diff.ChartDiff.compare(before, after).changes().get(0);
        assertTrue(removed.description().startsWith("'Head of Finance' removed (it was under '"), removed.description());
    }

    @Test
    void problemsOfGradesAndScenariosFollowTheLanguage() {
        assertEquals("The grade 'B1' is listed twice.", Tier.gradesProblem(List.of("B1", "B1")));
        Messages.setLocale(Locale.FRENCH);
        assertEquals("L'échelon 'B1' figure deux fois.", Tier.gradesProblem(List.of("B1", "B1")));
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertTrue(Scenarios.describeCycle(List.of("a", "b")).startsWith("Los escenarios 'a', 'b' se basan"));
    }

    @Test
    void editDescriptionsFollowTheLanguage() {
        Chart chart = ChartFixtures.leadershipTeam();
        Edit move = Edits.move(PositionId.of("fin"), null, -1);
        assertEquals("Make 'Head of Finance' top-level", move.label(chart));
        Messages.setLocale(Locale.GERMAN);
        assertEquals("'Head of Finance' auf die oberste Ebene setzen", move.label(chart));
        assertEquals("'CFO' und die 1 Position darunter entfernen",
                Edits.removeWithSubtree(PositionId.of("cfo")).label(chart));
        Messages.setLocale(Locale.FRENCH);
        assertEquals("Renommer 'CFO' en 'Directeur financier'",
                Edits.setTitle(PositionId.of("cfo"), "Directeur financier").label(chart));
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("Estado actual", Scenarios.currentStateName());
        assertTrue(Edits.setStatus(PositionId.of("cfo"), PositionStatus.PLANNED).label(chart).contains("previsto"));
    }
}
