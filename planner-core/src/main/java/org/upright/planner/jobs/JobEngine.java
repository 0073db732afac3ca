package org.upright.planner.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The job engine every node runs: db-scheduler on the application's database (docs/adr/0016). Each
 * {@link Task} bean in the context is a kind of job it can run; recurring tasks are scheduled once
 * for all nodes together, not once per node.
 *
 * <p>The engine sees the database through a transaction-aware proxy, so work scheduled inside a
 * service's transaction is stored with that transaction's other rows, or not at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobEngineSettings.class)
class JobEngine {

    /** How long an orderly shutdown waits for running jobs; the rest are picked up by another node. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    @Bean(destroyMethod = "stop")
    Scheduler jobScheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, JobEngineSettings settings) {
        List<Task<?>> tasks = new ArrayList<>(taskBeans.orderedStream().toList());
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
        List<Task<?>> oneOff =
                tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        // Recurring tasks are known through startTasks alone; naming them twice is refused.
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneOff)
                .startTasks(recurring)
                .schedulerName(new SchedulerName.Fixed(nodeName()))
                .threads(settings.threads())
                .pollingInterval(settings.pollEvery())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .enableImmediateExecution()
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .build();
    }

    /**
     * Starts polling once the application is up. A stopped context (Spring's test framework pauses
     * cached contexts it does not use) pauses the engine rather than stopping it, because a stopped
     * db-scheduler cannot start again; the engine stops for good when the context closes.
     */
    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler, JobEngineSettings settings) {
        return new SmartLifecycle() {
            private boolean started;
            private volatile boolean running;

            @Override
            public synchronized void start() {
                if (settings.runs()) {
                    if (started) {
                        scheduler.resume();
                    } else {
                        scheduler.start();
                        started = true;
                    }
                }
                running = true;
            }

            @Override
            public synchronized void stop() {
                if (started) {
                    scheduler.pause();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /** Host and process: two nodes on one machine must not share a name. */
    static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
