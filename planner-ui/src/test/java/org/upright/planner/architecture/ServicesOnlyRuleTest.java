package org.upright.planner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The architecture rule that keeps screens away from {@code @ServicesOnly} types can fail. */
class ServicesOnlyRuleTest {

    @Test
    void aScreenThatTakesTheUncheckedExerciseLookupBreaksTheRule() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.upright.planner.ui.archfixture");

        EvaluationResult result = ArchitectureTest.screensReportsAndDemoNeverUseServicesOnlyTypes.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("PeekingView").contains("StoredExercises"));
    }
}
