package org.upright.planner.account;

/** What the rest of the application may know about an account: never its password hash. */
public record AccountSummary(long id, String email, String displayName, Role role) {}
