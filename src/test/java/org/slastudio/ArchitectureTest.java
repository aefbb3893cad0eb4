package org.slastudio;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The arrows point one way: ui and cli use the core; the core never reaches up, and only ui knows JavaFX. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.slastudio");
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.slastudio.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void theModelKnowsNothingOfJsonFilesOrOtherPackages() {
        noClasses().that().resideInAPackage("org.slastudio.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "tools.jackson..", "com.fasterxml..", "java.io..", "java.nio..",
                        "org.slastudio.engine..", "org.slastudio.store..", "org.slastudio.review..",
                        "org.slastudio.simulation..", "org.slastudio.negotiation..", "org.slastudio.export..",
                        "org.slastudio.cli..", "org.slastudio.ui..")
                .check(classes);
    }

    @Test
    void theCoreNeverReachesUpToTheCommandLineOrTheUserInterface() {
        noClasses().that().resideInAnyPackage("org.slastudio.model..", "org.slastudio.engine..",
                        "org.slastudio.store..", "org.slastudio.review..", "org.slastudio.simulation..",
                        "org.slastudio.negotiation..", "org.slastudio.export..", "org.slastudio.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slastudio.cli..", "org.slastudio.ui..")
                .check(classes);
    }

    @Test
    void theEngineIsPureMathsOverTheModel() {
        noClasses().that().resideInAPackage("org.slastudio.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "org.slastudio.store..",
                        "org.slastudio.review..", "org.slastudio.export..", "org.slastudio.monitoring..")
                .check(classes);
    }

    @Test
    void monitoringFormatsAreAdaptersOntoTheEngine() {
        noClasses().that().resideInAPackage("org.slastudio.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slastudio.store..", "org.slastudio.review..",
                        "org.slastudio.simulation..", "org.slastudio.negotiation..", "org.slastudio.export..")
                .check(classes);
    }

    @Test
    void theSimulationWorksOnTheEngineAndTheModelAlone() {
        noClasses().that().resideInAPackage("org.slastudio.simulation..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "java.io..", "java.nio..",
                        "org.slastudio.store..", "org.slastudio.review..", "org.slastudio.negotiation..",
                        "org.slastudio.export..")
                .check(classes);
    }

    @Test
    void monitoringReadersYieldTheEnginesRecordsFromFilesAndKnowNothingOfDraftsOrDocuments() {
        noClasses().that().resideInAPackage("org.slastudio.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slastudio.store..", "org.slastudio.review..",
                        "org.slastudio.simulation..", "org.slastudio.negotiation..", "org.slastudio.export..",
                        "org.slastudio.clauses..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverTouchesTheUserInterface() {
        noClasses().that().resideInAPackage("org.slastudio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slastudio.ui..")
                .check(classes);
    }

    @Test
    void theClauseLibraryIsPlainJavaOverTheModel() {
        noClasses().that().resideInAPackage("org.slastudio.clauses..")
                .should().dependOnClassesThat().resideInAnyPackage("org.slastudio.store..", "org.slastudio.review..",
                        "org.slastudio.engine..", "org.slastudio.export..", "org.slastudio.cli..", "org.slastudio.ui..")
                .check(classes);
    }
}
