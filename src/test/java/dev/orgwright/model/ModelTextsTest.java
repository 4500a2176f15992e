package dev.orgwright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
     * only shrink (a file with no literal text left must leave it). Empty: the problems of a
     * loaded file, of a value out of range, the changes of a comparison and the conflicts of a
     * merge all come from the bundle.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();
    /** The packages of the model whose literals are scanned: the model itself, the comparison and the merge. */
    private static final Set<Path> SCANNED = Set.of(SOURCES, SOURCES.resolve("diff"), SOURCES.resolve("merge"));
    /**
     * Files whose literals are data, not texts shown: the default template and its translations
     * (the catalog, translated as data per language), the words of enums that the window and the
     * command line translate themselves, {@code toString}s for debugging, and the English kinds of
     * a change that JSON and CSV change lists carry for programs (people read {@code
     * ChangeKind.text()}, from the bundle). {@code Change.toString()} puts that English kind before
     * the description for debugging and test failures only: the window's change list, the command
     * line, the change-list files and the drawings read {@code description()} and {@code
     * kind().text()} (or {@code kind().label()} for programs), never {@code toString()}.
     */
    private static final Set<String> NOT_TEXTS = Set.of("Templates.java", "TemplateTranslations.java",
            "TypicalTitles.java", "Chart.java", "ChangeKind.java", "Change.java");

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

    @Test
    void conflictsOfAMergeFollowTheLanguageAndKeepOursAndTheirs() {
        Chart base = ChartFixtures.leadershipTeam();
        Chart ours = Edits.setTitle(PositionId.of("cfo"), "Finanzchefin").apply(base);
        Chart theirs = Edits.setTitle(PositionId.of("cfo"), "Finanzvorstand").apply(
                Edits.removeWithSubtree(PositionId.of("ops")).apply(base));
        ours = Edits.setHolder(PositionId.of("ops"), "Kim Park").apply(ours);
        Messages.setLocale(Locale.GERMAN);
        List<String> lines = dev.orgwright.model.merge.ChartMerge.merge(base, ours, theirs).conflicts().stream()
                .map(dev.orgwright.model.merge.Conflict::line).toList();
        assertEquals(List.of("'cfo' ('Finanzchefin'): Titel: OURS 'Finanzchefin', THEIRS 'Finanzvorstand';"
                        + " OURS beibehalten.",
                "'ops' ('Head of Operations'): auf einer Seite entfernt, auf der anderen geändert: OURS (geändert),"
                        + " THEIRS (entfernt); OURS beibehalten."), lines);
        Messages.setLocale(Locale.FRENCH);
        assertEquals("'cfo' ('Finanzchefin') : intitulé : OURS 'Finanzchefin', THEIRS 'Finanzvorstand' ; OURS conservé.",
                dev.orgwright.model.merge.ChartMerge.merge(base, ours, theirs).conflicts().get(0).line());
    }

    @Test
    void problemsOfAChartThatDoesNotBuildFollowTheLanguageInTheSingularAndThePlural() {
        Messages.setLocale(Locale.GERMAN);
        InvalidChartException two = assertThrows(InvalidChartException.class, () -> Chart.builder()
                .add(Position.of("a", "Leitung", null)).add(Position.of("a", "Leitung", null))
                .add(Position.of("b", "Technik", "nirgends")).build());
        assertEquals("Zwei Positionen haben die ID 'a'. (und 1 weiteres Problem)", two.getMessage());
        assertEquals("Position 'b' ('Technik') ist in der Ebene 'nirgends', die das Organigramm nicht festlegt.",
                two.problems().get(1).message());
        InvalidChartException many = assertThrows(InvalidChartException.class, () -> Chart.builder()
                .add(Position.of("a", "Leitung", null).withReportsTo(PositionId.of("c")))
                .add(Position.of("b", "Technik", "nirgends")).add(Position.of("b", "Technik", null))
                .add(Position.of("c", "Finanzen", null).withReportsTo(PositionId.of("a"))).build());
        assertEquals("Zwei Positionen haben die ID 'b'. (und 2 weitere Probleme)", many.getMessage());
        assertEquals("Positionen berichten im Kreis aneinander: 'a' → 'c' → 'a'. Eine von ihnen muss an eine"
                + " andere Position berichten.", many.problems().get(2).message());
        Messages.setLocale(Locale.forLanguageTag("es"));
        InvalidChartException spanish = assertThrows(InvalidChartException.class, () -> Chart.builder()
                .add(Position.of("a", "Dirección", null)).add(Position.of("a", "Dirección", null))
                .add(Position.of("b", "Técnica", "ninguno")).add(Position.of("b", "Técnica", null)).build());
        assertEquals("Dos puestos tienen el identificador 'a'. (y 2 problemas más)", spanish.getMessage());
    }

    @Test
    void problemsOfAFieldValueAndOfAnFteFollowTheLanguageWithItsNumbers() {
        FieldDefinition level = FieldDefinition.of("level", "Stufe", FieldType.NUMBER, false);
        FieldDefinition salary = FieldDefinition.of("salary", "Gehalt", FieldType.NUMBER, true);
        FieldDefinition site = new FieldDefinition("site", "Standort", FieldType.CHOICE, false,
                List.of("Berlin", "Paris", "Madrid"));
        Messages.setLocale(Locale.GERMAN);
        assertEquals("Das Feld 'Stufe' von 'CFO' muss größer als -1.000.000.000.000.000 und kleiner als"
                        + " 1.000.000.000.000.000 sein, nicht 1000000000000000.",
                level.valueProblem(ModelTexts.t("model.fieldValue.of", "Stufe", "'CFO'"),
                        new java.math.BigDecimal("1000000000000000")));
        assertEquals("Das Feld 'Gehalt' von 'CFO' darf höchstens 6 Nachkommastellen haben.",
                salary.valueProblem(ModelTexts.t("model.fieldValue.of", "Gehalt", "'CFO'"),
                        new java.math.BigDecimal("0.1234567")));
        assertEquals("Das Feld 'Standort' von 'CFO' muss einer der Werte \"Berlin\", \"Paris\" oder \"Madrid\" sein,"
                + " nicht \"Rom\".", site.valueProblem(ModelTexts.t("model.fieldValue.of", "Standort", "'CFO'"), "Rom"));
        assertEquals("Der FTE-Wert von Position 'cfo' muss größer als 0 und höchstens 1.000 sein, nicht 1001.",
                assertThrows(IllegalArgumentException.class, () -> Position.of("cfo", "CFO", null)
                        .withFte(new java.math.BigDecimal("1001"))).getMessage());
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> CustomFieldEdits
                .setValue(PositionId.of("cfo"), "level", "hoch").apply(CustomFieldEdits.define(level)
                        .apply(ChartFixtures.leadershipTeam())));
        assertEquals("Das Feld 'Stufe' von 'CFO' muss eine Zahl sein, nicht \"hoch\".", refused.getMessage());
        Messages.setLocale(Locale.FRENCH);
        // French groups digits with a narrow space; which one is the JDK's locale data's to say.
        String limit = java.text.NumberFormat.getIntegerInstance(Locale.FRENCH).format(1_000_000_000_000_000L);
        assertTrue(limit.matches("1\\D000\\D000\\D000\\D000\\D000"), limit);
        assertEquals("Le champ 'Gehalt' de 'CFO' doit se situer entre -" + limit + " et " + limit + ", bornes exclues.",
                salary.valueProblem(ModelTexts.t("model.fieldValue.of", "Gehalt", "'CFO'"),
                        new java.math.BigDecimal("-5E+20")));
    }
}
