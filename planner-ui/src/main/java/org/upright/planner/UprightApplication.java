package org.upright.planner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Upright: a workout planner that keeps training balanced for upper-back health. Lives in the root
 * package so that the services, entities and repositories of planner-core are scanned too.
 */
@SpringBootApplication
public class UprightApplication {

    public static void main(String[] args) {
        SpringApplication.run(UprightApplication.class, args);
    }
}
