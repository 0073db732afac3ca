package org.upright.planner.balance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The balance rules stay pure: the JDK and the exercise value types, nothing else. */
class BalancePurityTest {

    private final JavaClasses balance = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upright.planner.balance");

    @Test
    void balanceDependsOnlyOnTheJdkAndExerciseTypes() {
        classes()
                .that()
                .resideInAPackage("org.upright.planner.balance..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.upright.planner.balance..", "org.upright.planner.exercise..")
                .check(balance);
    }
}
