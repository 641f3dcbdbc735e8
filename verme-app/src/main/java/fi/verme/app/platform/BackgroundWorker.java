package fi.verme.app.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round of work run again and again on a thread of its own, a fixed delay after the last round ended. It stops
 * with the application, as the context closes (before the message buses and the database stop): {@link #stop()}
 * interrupts the thread, which a round takes as "finish the unit at hand and end" (it checks
 * {@link Thread#isInterrupted()} between units, and commits each unit on its own), and waits up to
 * {@link #PATIENCE} for it. A mail sent and not yet recorded as sent would otherwise be sent again after the
 * restart.
 */
public final class BackgroundWorker {

    /**
     * How long a stop waits for the unit at hand. A mail server slower than this (each SMTP step may take 30 s)
     * holds the stop no longer: that one message is tried again after its back-off.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final ScheduledExecutorService executor;

    /**
     * Starts {@code round} after {@code first}, then {@code every} after each round ends; a round's failure goes to
     * {@code failed}, and the next round runs all the same.
     */
    public BackgroundWorker(String name, Duration first, Duration every, Runnable round,
                            Consumer<RuntimeException> failed) {
        this.name = name;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts no new round, asks the one at hand to end, and waits for it; returns whether it ended in time. */
    public boolean stop() {
        executor.shutdownNow();
        try {
            if (executor.awaitTermination(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            LOG.warn("{} still working after {}; stopping without it", name, PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
