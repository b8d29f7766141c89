package uk.hearth.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/** Pages and the API ask application services; they never reach past them (docs/architecture.md). */
@AnalyzeClasses(packages = "uk.hearth.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule theWebUsesNoInfrastructure = noClasses()
            .that().resideInAPackage("uk.hearth.web..")
            .should().dependOnClassesThat().resideInAPackage("uk.hearth..infrastructure..")
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a rule a page could bypass by reaching the database is not enforced");
}
