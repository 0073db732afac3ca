package org.upright.planner.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean type for the services' own use that screens, reports and the demo must never be given:
 * it answers whatever it is asked without asking who wants to know, because the services call it
 * only with what they have already checked (docs/adr/0013). The architecture tests keep everything
 * outside the core's services away from it, and leave it out of the core's public bean surface.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ServicesOnly {}
