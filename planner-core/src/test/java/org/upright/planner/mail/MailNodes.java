package org.upright.planner.mail;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.CoreTestApplication;
import org.upright.planner.testsupport.TestDatabase;

/**
 * App nodes of the core, each a context of its own on one database of their own, sending mail to an
 * SMTP server on {@code smtpPort}: what a restart or a second node looks like to the outbox. Their
 * own database, because the suite's shared context polls the shared database's jobs and would send
 * (or keep) their mail itself: in the full suite two tests waited a minute for mail it had taken.
 */
final class MailNodes implements AutoCloseable {

    private final int smtpPort;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private TestDatabase.Connection db;

    MailNodes(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    /** Starts a node; {@code runsJobs = false} makes one that queues mail but never sends it. */
    ConfigurableApplicationContext start(boolean runsJobs) {
        if (db == null) {
            db = TestDatabase.freshDatabase("mail_nodes");
        }
        ConfigurableApplicationContext node = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
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
                        "upright.jobs.runs=" + runsJobs,
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
}
