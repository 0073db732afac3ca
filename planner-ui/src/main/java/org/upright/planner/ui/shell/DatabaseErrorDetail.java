package org.upright.planner.ui.shell;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL explains a refused row with the row itself ("Failing row contains (…, the lifter's
 * note, …)"), and its JDBC driver puts that into the exception message, which error logging
 * then writes out. Health notes must never reach a log, so the driver is told to leave the
 * server's detail out ({@code logServerErrorDetail=false}); the error's kind and constraint name
 * remain. H2 (the embedded default) has no such setting and would refuse an unknown one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseErrorDetail {

    @Bean
    static BeanPostProcessor leaveRowValuesOutOfDatabaseErrors() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool
                        && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    pool.addDataSourceProperty("logServerErrorDetail", "false");
                }
                return bean;
            }
        };
    }
}
