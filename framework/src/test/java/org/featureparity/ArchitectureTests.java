package org.featureparity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The framework's layering: contracts know nothing of how they are checked, stores nothing of the engine. */
@AnalyzeClasses(packages = "org.featureparity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule frameworkHasNoReportOrContainerDependency = noClasses()
            .that().resideInAPackage("org.featureparity..")
            .should().dependOnClassesThat().resideInAnyPackage("io.qameta.allure..", "org.testcontainers..")
            .because("evidence leaves through the EvidenceListener SPI and runtimes plug in through StoreRuntime");

    @ArchTest
    static final ArchRule contractsStandAlone = noClasses()
            .that().resideInAPackage("org.featureparity.contract..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.featureparity.engine..", "org.featureparity.store..",
                    "org.featureparity.check..", "org.featureparity.compare..")
            .because("a contract is a value both Java and YAML suites produce, independent of how it is checked");

    @ArchTest
    static final ArchRule storesDoNotKnowTheEngineOrChecks = noClasses()
            .that().resideInAPackage("org.featureparity.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.featureparity.engine..", "org.featureparity.check..");

    @ArchTest
    static final ArchRule comparisonDoesNotKnowTheEngine = noClasses()
            .that().resideInAPackage("org.featureparity.compare..")
            .should().dependOnClassesThat().resideInAPackage("org.featureparity.engine..");
}
