package dev.orgwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
                .whereLayer("model").mayOnlyBeAccessedByLayers("rules", "layout", "io", "render", "ui", "cli", "app")
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
    void theCommandLineNeverLoadsTheUi() {
        noClasses().that().resideInAPackage("dev.orgwright.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.orgwright.ui..")
                .because("'orgwright validate' must run in CI on a machine with no display")
                .check(production);
    }
}
