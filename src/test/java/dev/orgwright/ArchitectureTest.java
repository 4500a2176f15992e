package dev.orgwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency table of the design, as tests: each package may use only what sits below it,
 * and each rule says why the arrow is forbidden.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.orgwright");
    }

    @Test
    void layersDependOnlyDownward() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model").definedBy("dev.orgwright.model..")
                .layer("rules").definedBy("dev.orgwright.rules..")
                .layer("analysis").definedBy("dev.orgwright.analysis..")
                .layer("layout").definedBy("dev.orgwright.layout..")
                .layer("io").definedBy("dev.orgwright.io..")
                .layer("render").definedBy("dev.orgwright.render..")
                .layer("ui").definedBy("dev.orgwright.ui..")
                .layer("cli").definedBy("dev.orgwright.cli..")
                .layer("app").definedBy("dev.orgwright.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("render").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("render", "ui", "cli")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("render", "ui", "cli")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("render", "ui", "cli")
                .whereLayer("model").mayOnlyBeAccessedByLayers("rules", "analysis", "layout", "io", "render", "ui", "cli", "app")
                .because("arrows point down only: validation, layout and files are functions of a chart, "
                        + "and the window and the command line are two faces of the same lower layers")
                .check(production);
    }

    @Test
    void siblingsBelowTheUiDoNotKnowEachOther() {
        noClasses().that().resideInAnyPackage("dev.orgwright.io..", "dev.orgwright.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orgwright.rules..")
                .because("rules, layout and io each take a chart and nothing else; knowing each other's "
                        + "internals would make them change together")
                .check(production);
        noClasses().that().resideInAnyPackage("dev.orgwright.rules..", "dev.orgwright.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orgwright.layout..")
                .because("validation and files do not depend on where boxes are drawn")
                .check(production);
        noClasses().that().resideInAnyPackage("dev.orgwright.rules..", "dev.orgwright.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orgwright.io..")
                .because("rules and layout work on charts in memory, whatever file they came from")
                .allowEmptyShould(true) // until both packages have classes
                .check(production);
    }

    @Test
    void theModelUsesOnlyTheJdkAndPersistentCollections() {
        classes().that().resideInAPackage("dev.orgwright.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pcollections..",
                        "dev.orgwright.model..")
                .because("the model is a plain value every layer can use and test without a toolkit or a "
                        + "JSON library; persistent collections let edits share structure (docs/decisions/0002)")
                .check(production);
    }

    @Test
    void nothingBelowTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.orgwright.ui..", "dev.orgwright.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .because("the command line and exports run headless on machines without a display, and the "
                        + "renderer draws on surfaces that are not JavaFX (SVG, PDF)")
                .check(production);
    }

    @Test
    void onlyIoAndTheCommandLineKnowJackson() {
        noClasses().that().resideOutsideOfPackages("dev.orgwright.io..", "dev.orgwright.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("the file format is io's business: the model carries no Jackson annotations and the "
                        + "UI reads and writes charts through io")
                .check(production);
    }

    @Test
    void onlyTheStemmerKnowsTheSnowballStemmers() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.orgwright.rules.Stemmer")
                .should().dependOnClassesThat().resideInAnyPackage("org.tartarus..", "org.apache.lucene..")
                .because("the stemmers of German, French and Spanish come from a library behind one small interface, "
                        + "so that it can be replaced without touching the matcher (docs/decisions/0022)")
                .check(production);
    }

    @Test
    void theCommandLineNeverLoadsTheUi() {
        noClasses().that().resideInAPackage("dev.orgwright.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orgwright.ui..")
                .because("'orgwright validate' must run in CI on a machine with no display")
                .check(production);
    }

    @Test
    void theRoomsOfTheWindowDoNotDependOnEachOtherInCircles() {
        // The root package, the composition root that wires the rooms together, is in no slice.
        slices().matching("dev.orgwright.ui.(*)..")
                .should().beFreeOfCycles()
                .because("each room of the window (canvas, panels, export, ...) holds one job and can be "
                        + "understood, tested and changed on its own only if the arrows between rooms go one way")
                .check(production);
    }

    @Test
    void exportsWorkThroughTheirSourceNotTheWindowModel() {
        noClasses().that().resideInAPackage("dev.orgwright.ui.export..")
                .should().dependOnClassesThat().resideInAPackage("dev.orgwright.ui.editor..")
                .because("the editor and the comparison both export through ExportSource; knowing the editor's "
                        + "window model would tie every export, print and preview to the editor's internals")
                .check(production);
    }

    @Test
    void onlyTheCompositionRootKnowsTheCompositionRoot() {
        noClasses().that().resideInAPackage("dev.orgwright.ui..").and().resideOutsideOfPackage("dev.orgwright.ui")
                .should().dependOnClassesThat().resideInAPackage("dev.orgwright.ui")
                .because("the root of ui builds the window from its rooms; a room that reached back up would "
                        + "depend on everything at once and could not be built or tested without the whole window")
                .check(production);
    }

    @Test
    void everyEditOfAWindowGoesThroughTheWindowModel() {
        noClasses().that().resideOutsideOfPackages("dev.orgwright.ui.editor..", "dev.orgwright.ui.document..")
                .should().callMethod(dev.orgwright.ui.document.DocumentSession.class, "apply", dev.orgwright.model.Edit.class)
                .orShould().callMethod(dev.orgwright.ui.document.DocumentSession.class, "undo")
                .orShould().callMethod(dev.orgwright.ui.document.DocumentSession.class, "redo")
                .because("the window model is the one command path: it tells every listener of an edit once "
                        + "and refuses an edit made while it tells of another")
                .check(production);
    }
}
