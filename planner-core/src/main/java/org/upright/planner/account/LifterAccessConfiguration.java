package org.upright.planner.account;

import java.lang.reflect.Method;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterIdParameters;

/**
 * Puts {@link LifterAccessGuard} in front of every bean method with a {@link LifterId} parameter,
 * beside Spring Security's own {@code @PreAuthorize} interceptor (docs/adr/0013).
 */
@Configuration(proxyBeanMethods = false)
class LifterAccessConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lifterAccessAdvisor(ObjectProvider<LifterAccess> access) {
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(new NamesALifter(), new LifterAccessGuard(access));
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return interceptor;
    }

    /** Methods with at least one {@link LifterId} parameter. */
    private static final class NamesALifter extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return !LifterIdParameters.of(method, targetClass).isEmpty();
        }
    }
}
