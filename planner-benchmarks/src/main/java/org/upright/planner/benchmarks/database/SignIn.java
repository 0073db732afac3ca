package org.upright.planner.benchmarks.database;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.SignedInAccount;

/** Signs a benchmark in as one person, for every thread (see BenchmarkApplication). */
final class SignIn {

    private SignIn() {}

    static void as(AccountSummary who) {
        var principal = new SignedInAccount(who.id(), who.email(), who.displayName(), who.role(), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
