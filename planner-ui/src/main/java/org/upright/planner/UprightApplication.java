package org.upright.planner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Upright: a workout planner that keeps training balanced for upper-back health. Lives in the root
 * package so that the services, entities and repositories of planner-core are scanned too.
 * Scheduling is for work local to this node (its temporary files); work shared by all nodes runs
 * on the job engine instead.
 */
@SpringBootApplication
@EnableScheduling
public class UprightApplication {

    public static void main(String[] args) {
        SpringApplication.run(UprightApplication.class, args);
    }
}
