package uk.hearth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;

/**
 * The layering rules of docs/architecture.md, checked against the compiled main classes on every build, so a class
 * in the wrong place fails the build with the rule it broke.
 */
@AnalyzeClasses(packages = "uk.hearth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "uk.hearth..domain..";
    private static final String APPLICATION = "uk.hearth..application..";
    private static final String INFRASTRUCTURE = "uk.hearth..infrastructure..";

    /** WildFly refuses a method with neither annotation; the rule says which one, before a caller finds out. */
    @ArchTest
    static final ArchRule everyServiceMethodSaysWhoMayCallIt = methods()
            .that().arePublic().and().areDeclaredInClassesThat(areEnterpriseBeans())
            .should(carryARoleCheck())
            .because("a rule a crafted request could bypass is not enforced");

    @ArchTest
    static final ArchRule theDomainDependsOnNoOuterLayer = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE, "jakarta.ejb..", "uk.hearth.web..");

    @ArchTest
    static final ArchRule applicationsDependOnNoInfrastructure = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAPackage(INFRASTRUCTURE)
            .because("services reach databases, files and other systems through interfaces in their own capability");

    @ArchTest
    static final ArchRule onlyInfrastructureUsesTheEntityManager = noClasses()
            .that().resideOutsideOfPackage(INFRASTRUCTURE)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("aggregates are reached through their repositories");

    @ArchTest
    static final ArchRule capabilitiesDependOnEachOtherWithoutCycles = slices()
            .matching("uk.hearth.(*)..").should().beFreeOfCycles();

    private static DescribedPredicate<JavaClass> areEnterpriseBeans() {
        return DescribedPredicate.describe("enterprise beans", type -> type.isAnnotatedWith(Stateless.class)
                || type.isAnnotatedWith(Singleton.class) || type.isAnnotatedWith(Stateful.class));
    }

    private static ArchCondition<JavaMethod> carryARoleCheck() {
        return new ArchCondition<>("carry @RolesAllowed or @PermitAll, on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean annotated = isChecked(method.getOwner()) || method.isAnnotatedWith(RolesAllowed.class)
                        || method.isAnnotatedWith(PermitAll.class);
                if (!annotated && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no role check"));
                }
            }

            private boolean isChecked(JavaClass type) {
                return type.isAnnotatedWith(RolesAllowed.class) || type.isAnnotatedWith(PermitAll.class);
            }
        };
    }
}
