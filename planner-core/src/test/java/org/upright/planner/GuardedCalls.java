package org.upright.planner;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterIdParameters;

/**
 * Test helper: notes which lifter-scoped methods (a parameter marked {@link LifterId}) a piece of
 * code calls, outermost calls only, so that an access matrix can tell which method each of its
 * rows really exercises. It wraps the beans outside their security, records and goes on; it
 * decides nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GuardedCalls {

    private static final ThreadLocal<List<String>> CALLS = new ThreadLocal<>();
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    /** Runs {@code code} and returns the lifter-scoped methods it called, outermost only, in order. */
    public static List<String> during(Runnable code) {
        List<String> previous = CALLS.get();
        List<String> calls = new ArrayList<>();
        CALLS.set(calls);
        try {
            code.run();
        } finally {
            CALLS.set(previous);
        }
        return calls;
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor guardedCallRecorder() {
        StaticMethodMatcherPointcut lifterScoped = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return !LifterIdParameters.of(method, targetClass).isEmpty();
            }
        };
        MethodInterceptor recorder = invocation -> {
            List<String> calls = CALLS.get();
            int depth = DEPTH.get();
            if (calls != null && depth == 0 && invocation.getThis() != null) {
                calls.add(
                        PublicBeanMethods.keyOf(AopUtils.getTargetClass(invocation.getThis()), invocation.getMethod()));
            }
            DEPTH.set(depth + 1);
            try {
                return invocation.proceed();
            } finally {
                DEPTH.set(depth);
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(lifterScoped, recorder);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
