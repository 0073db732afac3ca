package org.upright.planner.account;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.LifterIdParameters;

/**
 * Method security for {@link LifterId}: before a service method runs, reads the lifter id(s) its
 * marked parameters carry and asks {@link LifterAccess} whether the signed-in caller may act for
 * them. A refusal names no lifter and says the same whether the lifter exists or not.
 */
class LifterAccessGuard implements AuthorizationManager<MethodInvocation> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    private final ObjectProvider<LifterAccess> access;

    /** Takes the decider lazily: the guard is built with the proxies, before the repositories. */
    LifterAccessGuard(ObjectProvider<LifterAccess> access) {
        this.access = access;
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
        Class<?> target = invocation.getThis() == null ? null : AopUtils.getTargetClass(invocation.getThis());
        List<LifterIdParameters.Marked> marked = LifterIdParameters.of(invocation.getMethod(), target);
        // Nobody signed in: the supplier throws AuthenticationCredentialsNotFoundException.
        if (!(authentication.get().getPrincipal() instanceof SignedInAccount caller)) {
            return refusal(
                    marked.isEmpty() ? Who.LIFTER_OR_COACH : marked.getFirst().who());
        }
        for (LifterIdParameters.Marked parameter : marked) {
            Collection<Long> lifterIds = lifterIds(invocation.getArguments()[parameter.index()], parameter.many());
            if (!access.getObject().allows(caller, parameter.who(), lifterIds)) {
                return refusal(parameter.who());
            }
        }
        return GRANTED;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Long> lifterIds(Object argument, boolean many) {
        if (argument == null) {
            // no lifter named is nobody's data: refused like a stranger's id
            return Collections.singletonList(null);
        }
        return many ? (Collection<Long>) argument : List.of((Long) argument);
    }

    /** Thrown as it is by the interceptor, so screens show our words, not "Access Denied". */
    private static AuthorizationDeniedException refusal(Who who) {
        return new AuthorizationDeniedException(
                switch (who) {
                    case LIFTER_OR_COACH -> "You don't have access to this lifter's training.";
                    case LIFTER_ONLY -> "Only the lifter can write in their own journal.";
                    case COACH_ONLY -> "Only the lifter's current coach can do this.";
                });
    }
}
