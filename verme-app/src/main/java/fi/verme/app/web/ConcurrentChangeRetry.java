package fi.verme.app.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Retries a command that lost a race: another command changed the same aggregate first (the event
 * store's unique key on aggregate and sequence number refused the append, e.g. on another
 * application instance), or a lookup's unique key refused it. The retry sees the winner's events,
 * so it either succeeds or fails with the rule's own named error, such as a full group.
 * Every other failure is final and is not retried.
 */
final class ConcurrentChangeRetry {

    static final int RETRIES = 3;
    static final int INTERVAL_MILLIS = 20;

    private ConcurrentChangeRetry() {
    }

    static RetryScheduler scheduler() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(RETRIES)
                .retryInterval(INTERVAL_MILLIS)
                .nonTransientFailurePredicate(failure -> !lostARace(failure))
                .build();
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
