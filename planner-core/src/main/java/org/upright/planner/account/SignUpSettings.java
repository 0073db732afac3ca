package org.upright.planner.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code upright.sign-up.invite-only=true} closes open sign-up: people then join through a coach's
 * invitation only.
 */
@ConfigurationProperties("upright.sign-up")
public record SignUpSettings(boolean inviteOnly) {}
