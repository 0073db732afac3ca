package org.upright.planner.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points Spring's datasource at {@link TestDatabase}. Import it into any test that needs the
 * database: {@code @Import(TestDatabaseConfiguration.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            TestDatabase.Connection db = TestDatabase.get();
            registry.add("spring.datasource.url", db::jdbcUrl);
            registry.add("spring.datasource.username", db::username);
            registry.add("spring.datasource.password", db::password);
            registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        };
    }
}
