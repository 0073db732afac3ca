package org.upright.planner.ui.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.upright.planner.account.Role;

/** Runs a test as a signed-in person with the given role (no database row needed). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithSignedInAccountFactory.class)
public @interface WithSignedInAccount {

    Role role() default Role.LIFTER;

    String name() default "Robin Test";

    long id() default 1_000_001L;
}
