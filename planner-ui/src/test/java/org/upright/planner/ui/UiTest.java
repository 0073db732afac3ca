package org.upright.planner.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/** A browserless view test: the whole application on the PostgreSQL test database, no browser. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = UprightApplication.class, properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
public @interface UiTest {}
