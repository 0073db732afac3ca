package org.upright.planner;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core's services, persistence and security without any screen, for service tests. */
@SpringBootApplication
public class CoreTestApplication {}
