package org.upright.planner.account;

import java.util.Locale;

/**
 * Someone a service writes to: where the mail goes, what to call them and the language they read
 * Upright in (English until they have chosen or signed in since languages came).
 */
public record Addressee(long accountId, String email, String displayName, Locale language) {}
