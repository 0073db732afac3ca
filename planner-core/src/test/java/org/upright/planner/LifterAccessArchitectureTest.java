package org.upright.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.upright.planner.PublicBeanMethods.BeanMethod;
import org.upright.planner.archfixture.LeakyService;

/**
 * Access to a lifter's data is decided by construction (docs/adr/0013): every public method of
 * every bean in the core that names a lifter — an id, or a collection of them — marks that
 * parameter {@code @LifterId}, and the one method interceptor that reads the mark asks {@code
 * LifterAccess} before the method runs. This test reads the running context and fails for any
 * method that could skip the decider:
 *
 * <ul>
 *   <li>a lifter's, client's, account's or owner's id without {@code @LifterId};
 *   <li>a coach's id at all — services take the coach from the signed-in caller;
 *   <li>an id tucked into a record parameter, where the interceptor cannot see it;
 *   <li>plan content (weeks, sessions, prescriptions, exercises) handed in by the caller, which
 *       would bypass the catalogue check an edit makes — pass a reference instead;
 *   <li>a second decision ({@code @PreAuthorize}) beside {@code @LifterId}.
 * </ul>
 */
@DatabaseTest
class LifterAccessArchitectureTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyPublicBeanMethodThatNamesALifterGoesThroughTheDecider() {
        List<BeanMethod> methods = PublicBeanMethods.of(context);
        List<String> violations = new ArrayList<>();
        for (BeanMethod method : methods) {
            violations.addAll(LifterAccessRules.violations(method));
        }

        assertThat(methods).as("public bean methods found").hasSizeGreaterThan(50);
        assertThat(violations)
                .as("methods that could skip the lifter access decision")
                .isEmpty();
    }

    @Test
    void theRulesCatchEveryWayOfSkippingTheDecider() {
        List<String> found = new ArrayList<>();
        for (Method method : LeakyService.class.getDeclaredMethods()) {
            found.addAll(LifterAccessRules.violations(new BeanMethod(LeakyService.class, method)));
        }

        assertThat(found)
                .anySatisfy(v ->
                        assertThat(v).startsWith("LeakyService.unguarded(long)").contains("lifterId"))
                .anySatisfy(v -> assertThat(v)
                        .startsWith("LeakyService.unguardedMany(Collection)")
                        .contains("clientIds"))
                .anySatisfy(v ->
                        assertThat(v).startsWith("LeakyService.byCoach(long)").contains("coach"))
                .anySatisfy(v -> assertThat(v)
                        .startsWith("LeakyService.inARecord(Request)")
                        .contains("lifterId"))
                .anySatisfy(v -> assertThat(v)
                        .startsWith("LeakyService.content(long, Edit)")
                        .contains(LifterAccessRules.PLAN_CONTENT))
                .anySatisfy(v -> assertThat(v)
                        .startsWith("LeakyService.twoDecisions(long)")
                        .contains("PreAuthorize"))
                .anySatisfy(v -> assertThat(v).startsWith("LeakyService.wrongType(String)"))
                .noneSatisfy(v -> assertThat(v).startsWith("LeakyService.guarded"))
                .noneSatisfy(v -> assertThat(v).startsWith("LeakyService.recordOfTheLifter"))
                .hasSize(7);
    }
}
