package nl.onderop.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The shape every module keeps (STYLE.md): nothing blocks an event loop, domain code is plain Java, features
 * do not depend on each other in cycles, no field injection, no System.out. Call {@link #assertPlatformShape(String)}
 * from one test per module.
 */
public final class PlatformArchitectureRules {

    private PlatformArchitectureRules() {
    }

    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    public static ArchRule noBlockingCalls() {
        return noClasses().should().callMethodWhere(DescribedPredicate.describe("Mono/Flux block*()", call ->
                        (call.getTarget().getOwner().isAssignableTo("reactor.core.publisher.Mono")
                                || call.getTarget().getOwner().isAssignableTo("reactor.core.publisher.Flux"))
                                && call.getTarget().getName().startsWith("block")))
                .as("no Mono/Flux block*() in main code: the event loop must never block");
    }

    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "reactor..", "tools.jackson..",
                        "com.fasterxml..", "jakarta.persistence..")
                .as("domain packages depend on plain Java only");
    }

    public static ArchRule noCyclesBetweenFeatures(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    public static void assertPlatformShape(String rootPackage) {
        JavaClasses classes = mainClasses(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No main classes found under " + rootPackage);
        }
        noBlockingCalls().check(classes);
        domainIsPlainJava().allowEmptyShould(true).check(classes);
        noCyclesBetweenFeatures(rootPackage).allowEmptyShould(true).check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.allowEmptyShould(true).check(classes);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    }
}
