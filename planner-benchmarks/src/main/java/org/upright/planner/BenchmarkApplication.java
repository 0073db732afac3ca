package org.upright.planner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.upright.planner.testsupport.TestDatabase;

/** The core's services on the test database, without screens, for the database benchmarks. */
@SpringBootApplication
public class BenchmarkApplication {

    public static ConfigurableApplicationContext start() {
        TestDatabase.Connection db = TestDatabase.get();
        // JMH calls benchmark methods on its own threads: one sign-in must be visible to all.
        SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
        SpringApplication app = new SpringApplication(BenchmarkApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.jpa.open-in-view=false",
                "--spring.jpa.hibernate.ddl-auto=validate");
    }
}
