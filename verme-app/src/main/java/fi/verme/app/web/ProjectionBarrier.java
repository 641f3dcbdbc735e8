package fi.verme.app.web;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits until every streaming view has processed the events committed so far. A write that has
 * returned from its command has committed, so the head of the store covers its events.
 */
@Component
public class ProjectionBarrier {

    private static final long POLL_MILLIS = 2;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    ProjectionBarrier(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** @return whether the views caught up within the timeout */
    public boolean awaitViewsCurrent(Duration timeout) {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        if (head == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allProcessed(head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean allProcessed(long head) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> {
                    var segments = processor.processingStatus().values();
                    return !segments.isEmpty() && segments.stream().allMatch(status -> reached(status, head));
                });
    }

    private static boolean reached(EventTrackerStatus status, long head) {
        return status.getCurrentPosition().orElse(-1) >= head;
    }
}
