package fi.verme.app.platform.storage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's event store, except that a commit wakes the streaming processors (the audit's event index) a moment later
 * ({@code verme.processing.wake-delay}, 20 ms) rather than at once, and the commits of that moment wake them once.
 * Awake at once, the index read, indexed and committed (with its token, and an fsync) every single-event write
 * on its own, beside the writes themselves; a moment later it takes what the moment wrote in one transaction.
 * Nothing waits on it but the audit's reads (which wait for the index), and those answer that much later.
 */
final class CoalescingEventStore extends EmbeddedEventStore {

    private final long delayMillis;
    private final AtomicBoolean wakeUpDue = new AtomicBoolean();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "event-store-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    CoalescingEventStore(Builder builder, Duration delay) {
        super(builder);
        this.delayMillis = delay.toMillis();
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (delayMillis <= 0) {
            super.afterCommit(events);
        } else if (wakeUpDue.compareAndSet(false, true)) {
            wakeUps.schedule(() -> {
                wakeUpDue.set(false);
                super.afterCommit(events);
            }, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void shutDown() {
        wakeUps.shutdownNow();
        super.shutDown();
    }
}
