package org.upright.planner.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points Spring's datasource at the {@link OutageDatabase}, which a test may stop and start. Import
 * it instead of {@link TestDatabaseConfiguration}: {@code @Import(OutageDatabaseConfiguration.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutageDatabaseConfiguration {

    @Bean
    DynamicPropertyRegistrar outageDatabaseProperties() {
        return registry -> {
            PostgresCluster db = OutageDatabase.get();
            registry.add("spring.datasource.url", db::jdbcUrl);
            registry.add("spring.datasource.username", db::username);
            registry.add("spring.datasource.password", db::password);
            registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        };
    }
}
