package org.upright.planner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.upright.planner.common.Labels;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.common.TypedText;

/**
 * The pure parts of the domain — the exercise catalogue, the balance rules, the safety rules and
 * the review calculator — depend on nothing but the JDK and each other. That is what lets them be
 * tested without a database or a Spring context, and reused by the PDF report unchanged.
 *
 * <p>Exempt: each feature's {@code internal} package (JPA entities, repositories) and, in
 * {@code exercise}, {@code safety} and {@code review}, the Spring beans (classes named
 * {@code *Service} or annotated {@code @Service}/{@code @Component}) that load data and call the
 * pure code. Pure classes may not depend on those beans. Packages that do not exist yet on a branch are allowed to be
 * empty.
 */
class PurePackagesArchitectureTest {

    static final DescribedPredicate<JavaClass> PURE = pureExceptServices("exercise")
            .or(resideInAnyPackage("org.upright.planner.balance.."))
            .or(pureExceptServices("safety"))
            .or(pureExceptServices("review"))
            .as("pure domain classes (exercise, balance, safety and review, without internal packages and services)");

    /**
     * The shared kernel's marks ({@code @LifterId}, {@code @ServicesOnly}): plain annotations a
     * port such as {@code SafetyRecords} carries to say who may call it (docs/adr/0013).
     */
    // Text/Texts are the words-not-yet-in-a-language and their JDK-only renderer (docs/adr/0018);
    // Labels (one label per enum constant) and Quantities (numbers for a reader) are JDK-only too.
    // Refusal is the one base of a refusal a person reads (a Text reason, English for the log).
    // TypedText is the one check every typed text passes (JDK only, no state): pure rules such as
    // a coach's exercise draft use it rather than a second copy of the check.
    static final DescribedPredicate<JavaClass> KERNEL_MARKS = DescribedPredicate.describe(
            "the shared kernel's annotations and its typed-text check",
            c -> c.getPackageName().equals("org.upright.planner.common")
                    && (c.isAnnotation()
                            || c.getName().equals(TypedText.class.getName())
                            || c.getName().equals(Text.class.getName())
                            || c.getName().equals(Refusal.class.getName())
                            || c.getName().equals(Texts.class.getName())
                            || c.getName().equals(Labels.class.getName())
                            || c.getName().equals(Quantities.class.getName())
                            || c.getEnclosingClass()
                                    .map(JavaClass::isAnnotation)
                                    .orElse(false)));

    static final ArchRule ONLY_JDK_AND_PURE = classes()
            .that(PURE)
            .should()
            .onlyDependOnClassesThat(resideInAnyPackage("java..")
                    .or(PURE)
                    .or(KERNEL_MARKS)
                    .as("the JDK, other pure domain classes or the shared kernel's annotations and typed-text check"))
            .allowEmptyShould(true);

    static final ArchRule NO_FRAMEWORKS = noClasses()
            .that(PURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "javax..", "org.hibernate..", "com.vaadin..")
            .allowEmptyShould(true);

    private static DescribedPredicate<JavaClass> pureExceptServices(String feature) {
        String root = "org.upright.planner." + feature;
        return resideInAnyPackage(root + "..")
                .and(not(resideInAnyPackage(root + ".internal..")))
                .and(not(simpleNameEndingWith("Service")))
                .and(not(annotatedWith(Service.class)))
                .and(not(annotatedWith(Component.class)));
    }

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upright.planner");

    @Test
    void pure_packages_depend_only_on_the_jdk_and_each_other() {
        ONLY_JDK_AND_PURE.check(MAIN_CLASSES);
    }

    @Test
    void pure_packages_use_no_framework() {
        NO_FRAMEWORKS.check(MAIN_CLASSES);
    }

    @Test
    void the_rule_catches_a_framework_dependency_and_spares_services_and_internals() {
        JavaClasses fixtures = new ClassFileImporter()
                .importPackages(
                        "org.upright.planner.safety.archfixture", "org.upright.planner.safety.internal.archfixture");

        EvaluationResult result = ONLY_JDK_AND_PURE.evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("ImpureRule"))
                .noneSatisfy(line -> assertThat(line).contains("FixtureService"))
                .noneSatisfy(line -> assertThat(line).contains("FixtureRepository"));
    }
}
