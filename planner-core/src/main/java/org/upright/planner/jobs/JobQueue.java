package org.upright.planner.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Hands work to the job engine, to run as soon as a node is free. */
@Component
public class JobQueue {

    private final Scheduler engine;

    JobQueue(@Lazy Scheduler engine) {
        this.engine = engine;
    }

    /**
     * Schedules the task's instance {@code id} to run now. Inside a transaction it is stored with
     * that transaction, and this node looks for it as soon as the transaction commits (so the node
     * that was asked usually runs it; any other node will otherwise, at its next poll).
     */
    public void runSoon(String task, String id) {
        engine.schedule(new TaskInstance<Void>(task, id), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    engine.triggerCheckForDueExecutions();
                }
            });
        }
    }
}
