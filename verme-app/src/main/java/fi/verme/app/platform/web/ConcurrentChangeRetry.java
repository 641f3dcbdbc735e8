package fi.verme.app.platform.web;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Retries a command that lost a race: another command changed the same aggregate first (the event
 * store's unique key on aggregate and sequence number refused the append, e.g. on another
 * application instance; or two commands both created an aggregate that is created on first use), or a
 * lookup's unique key refused it. The retry sees the winner's events,
 * so it either succeeds or fails with the rule's own named error, such as a full group.
 * Every other failure is final and is not retried.
 */
final class ConcurrentChangeRetry implements RetryScheduler {

    static final int RETRIES = 3;
    static final long INTERVAL_MILLIS = 20;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "command-retry");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!lostARace(lastFailure) || failures.size() > RETRIES) {
            return false;
        }
        executor.schedule(commandDispatch, INTERVAL_MILLIS * failures.size(), TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof DuplicateKeyException
                    || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
