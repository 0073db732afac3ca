package org.upright.planner.account;

/** What a person types into the sign-up form. Validated by {@link AccountService#signUp}. */
public record SignUpCommand(String email, String password, String displayName, Role role) {}
