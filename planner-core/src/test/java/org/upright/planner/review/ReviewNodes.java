package org.upright.planner.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.testsupport.TestDatabase;

/**
 * App nodes of the core on one database of their own, all reading the same fixed clock and sending
 * mail to an SMTP server on {@code smtpPort}: what two instances of Upright behind one PostgreSQL
 * look like to the review sending. Their own database, so the suite's shared context (which polls
 * the shared database's jobs) cannot send their mail.
 */
final class ReviewNodes implements AutoCloseable {

    private final int smtpPort;
    private final Clock clock;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private TestDatabase.Connection db;

    ReviewNodes(int smtpPort, Clock clock) {
        this.smtpPort = smtpPort;
        this.clock = clock;
    }

    ConfigurableApplicationContext start() {
        if (db == null) {
            db = TestDatabase.freshDatabase("review_nodes");
        }
        ConfigurableApplicationContext node = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> {
                    // Outside Spring's test framework the scan would take other tests' configurations
                    // (one of them fixes the clock at another instant): leave them out, as that framework does.
                    context.getBeanFactory().registerSingleton("skipTestConfigurations", new SkipTestComponents());
                    ((GenericApplicationContext) context)
                            .registerBean("fixedClock", Clock.class, () -> clock, bean -> bean.setPrimary(true));
                })
                .properties(
                        "spring.datasource.url=" + db.jdbcUrl(),
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(),
                        "spring.datasource.driver-class-name=org.postgresql.Driver",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + smtpPort,
                        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                        "spring.mail.properties.mail.smtp.timeout=5000",
                        "upright.mail.retry-first=PT0.2S",
                        "upright.mail.retry-max=PT1S",
                        "upright.jobs.poll-every=PT0.2S",
                        "upright.jobs.heartbeat=PT1S")
                .run();
        running.add(node);
        return node;
    }

    @Override
    public void close() {
        running.forEach(ConfigurableApplicationContext::close);
        running.clear();
        if (db != null) {
            TestDatabase.drop(db);
            db = null;
        }
    }

    /** What Spring's test framework leaves out of a scan: classes marked {@code @TestComponent}. */
    private static final class SkipTestComponents extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }
    }
}
