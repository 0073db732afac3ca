package org.upright.planner.balance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.common.Labels;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;

/**
 * The balance rules stay pure: the JDK, the exercise value types and the kernel's JDK-only words
 * (a {@code Text} and its renderer, enum labels, numbers: docs/adr/0018), nothing else.
 */
class BalancePurityTest {

    private static final Set<String> WORDS =
            Set.of(Text.class.getName(), Texts.class.getName(), Labels.class.getName(), Quantities.class.getName());

    private final JavaClasses balance = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upright.planner.balance");

    @Test
    void balanceDependsOnlyOnTheJdkAndExerciseTypes() {
        classes()
                .that()
                .resideInAPackage("org.upright.planner.balance..")
                .should()
                .onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "java..", "org.upright.planner.balance..", "org.upright.planner.exercise..")
                        .or(DescribedPredicate.describe(
                                "the kernel's words (Text, Texts, Labels, Quantities)",
                                (JavaClass c) -> WORDS.contains(c.getName()))))
                .check(balance);
    }
}
