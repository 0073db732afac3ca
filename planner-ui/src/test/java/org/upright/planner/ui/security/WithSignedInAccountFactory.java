package org.upright.planner.ui.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.upright.planner.account.SignedInAccount;

class WithSignedInAccountFactory implements WithSecurityContextFactory<WithSignedInAccount> {

    @Override
    public SecurityContext createSecurityContext(WithSignedInAccount annotation) {
        var principal = new SignedInAccount(
                annotation.id(),
                annotation.role().name().toLowerCase() + "-" + annotation.id() + "@example.com",
                annotation.name(),
                annotation.role(),
                null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return context;
    }
}
