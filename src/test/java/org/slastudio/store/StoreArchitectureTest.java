package org.slastudio.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class StoreArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.slastudio.store", "org.slastudio.model");

    @Test
    void theStoreUsesNeitherTheUserInterfaceNorTheCommandLine() {
        noClasses().that().resideInAPackage("org.slastudio.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.slastudio.ui..", "org.slastudio.cli..")
                .check(CLASSES);
    }

    @Test
    void theModelKnowsNothingOfTheFileFormat() {
        noClasses().that().resideInAPackage("org.slastudio.model..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.slastudio.store..")
                .check(CLASSES);
    }
}
