package org.upright.planner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/** A service test against the real PostgreSQL test database, with the core's full context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class)
@Import({TestDatabaseConfiguration.class, People.class, GuardedCalls.class})
public @interface DatabaseTest {}
