package fi.verme.app.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits until every streaming processor (the audit's event index; the views are kept in the writing transaction)
 * has processed the events committed so far. A write that has
 * returned from its command has committed, so the head of the store covers its events.
 * At start-up, after every other start-up task (demo data among them), it holds the application
 * back until the views have caught up with the events written so far, so the first reads are
 * complete, also after a crash.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProjectionBarrier implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionBarrier.class);
    private static final Duration START_UP_WAIT = Duration.ofMinutes(5);

    private static final long POLL_MILLIS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Beyond this many events behind, a processor is simply still catching up. */
    private static final long SKIPPABLE_LAG = 10_000;

    private final Map<String, Optional<Class<?>>> payloadTypes = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Duration readTimeout;

    ProjectionBarrier(JdbcTemplate jdbc, EventProcessingConfiguration processing,
                      @Value("${verme.read-your-writes-timeout}") Duration readTimeout) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.readTimeout = readTimeout;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        if (awaitViewsCurrent(START_UP_WAIT)) {
            LOG.info("Views are up to date with the event store ({} ms)", (System.nanoTime() - started) / 1_000_000);
        } else {
            LOG.warn("Views are still catching up after {}; reads may lag until they have", START_UP_WAIT);
        }
    }

    /**
     * Before a read of what streams behind the store (the audit's event index): waits, up to
     * {@code verme.read-your-writes-timeout}, until it covers every event committed so far, so the read shows every
     * write before it, and says in the response whether it does ({@code Verme-Views: current} or {@code stale}).
     */
    public void awaitForRead() {
        ReadYourWrites.tell(awaitViewsCurrent(readTimeout));
    }

    /** @return whether the views caught up within the timeout */
    public boolean awaitViewsCurrent(Duration timeout) {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        if (head == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        // The event types after a position, up to this head: read once per position, not on every poll.
        var typesAfter = new HashMap<Long, List<String>>();
        while (!allProcessed(head, typesAfter)) {
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

    private boolean allProcessed(long head, Map<Long, List<String>> typesAfter) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> processed(processor, head, typesAfter));
    }

    /**
     * A segment this instance works on tells its own position. A segment another instance has
     * claimed (several instances on one database) is judged by the token that instance committed
     * with its view changes.
     */
    private boolean processed(StreamingEventProcessor processor, long head, Map<Long, List<String>> typesAfter) {
        var local = processor.processingStatus();
        if (holdsEverySegment(processor)) {
            return local.values().stream().allMatch(status -> reached(processor, position(status), head, typesAfter));
        }
        var stored = storedPositions(processor.getName());
        if (stored.isEmpty()) {
            return false;
        }
        return stored.entrySet().stream().allMatch(segment -> {
            var status = local.get(segment.getKey());
            return reached(processor, status != null ? position(status) : segment.getValue(), head, typesAfter);
        });
    }

    /** How far a view is behind the event store: the events it has still to handle, and since when. */
    public record Lag(long events, Duration behind) {
    }

    /** The streaming views (tracking processors) by name. */
    public List<String> views() {
        return processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(EventProcessor::getName).sorted().toList();
    }

    /**
     * How far the view is behind, by the positions committed in the token store (the same on every instance):
     * the events after its slowest segment's position that it handles, and how long ago the oldest of them was
     * stored. Events of types it does not handle are not lag, though its position stays before them.
     */
    public Lag lagOf(String view, Instant now) {
        var processor = processing.eventProcessor(view, StreamingEventProcessor.class).orElse(null);
        if (!(processor instanceof AbstractEventProcessor handlers)) {
            return new Lag(0, Duration.ZERO);
        }
        long position = storedPositions(view).values().stream().mapToLong(Long::longValue).min().orElse(-1);
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        if (head == null || position >= head) {
            return new Lag(0, Duration.ZERO);
        }
        if (head - position > SKIPPABLE_LAG) {
            // Far behind (a rebuild, a new view): the distance and the age of the next event, read by the index,
            // instead of sorting out which of the events it handles.
            return jdbc.queryForObject("""
                    select time_stamp from domain_event_entry where global_index > ? order by global_index limit 1""",
                    (rs, row) -> new Lag(head - position, age(rs.getString(1), now)), position);
        }
        var handled = jdbc.queryForList("""
                        select distinct payload_type from domain_event_entry where global_index > ?""", String.class, position)
                .stream().filter(type -> handles(handlers.eventHandlerInvoker(), type)).toArray(String[]::new);
        if (handled.length == 0) {
            return new Lag(0, Duration.ZERO);
        }
        return jdbc.queryForObject("""
                select count(*), min(time_stamp) from domain_event_entry
                where global_index > ? and payload_type = any(?)""",
                (rs, row) -> new Lag(rs.getLong(1), age(rs.getString(2), now)), position, handled);
    }

    private static Duration age(String storedAt, Instant now) {
        if (storedAt == null) {
            return Duration.ZERO;
        }
        var age = Duration.between(Instant.parse(storedAt), now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Whether this instance works on every segment of the processor (it holds all its claims). */
    public static boolean holdsEverySegment(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum() > 0.999;
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    /**
     * A processor has reached the head when its position has, or when nothing after its position is
     * an event it handles: a streaming processor skips the types it has no handler for without moving
     * its position, until the next event it does handle.
     */
    private boolean reached(StreamingEventProcessor processor, long position, long head,
                            Map<Long, List<String>> typesAfter) {
        if (position >= head) {
            return true;
        }
        if (head - position > SKIPPABLE_LAG || !(processor instanceof AbstractEventProcessor handlers)) {
            return false;
        }
        return typesAfter.computeIfAbsent(position, from -> jdbc.queryForList("""
                        select distinct payload_type from domain_event_entry where global_index > ? and global_index <= ?""",
                        String.class, from, head)).stream()
                .noneMatch(type -> handles(handlers.eventHandlerInvoker(), type));
    }

    private boolean handles(EventHandlerInvoker handlers, String payloadType) {
        var type = payloadTypes.computeIfAbsent(payloadType, name -> {
            try {
                return Optional.of(Class.forName(name, false, getClass().getClassLoader()));
            } catch (ClassNotFoundException unknown) {
                return Optional.empty();
            }
        });
        return type.map(handlers::canHandleType).orElse(true);
    }

    /** Segment to position, read from the token store (tokens are JSON, from Axon's Jackson serializer). */
    private Map<Integer, Long> storedPositions(String processorName) {
        var positions = new HashMap<Integer, Long>();
        jdbc.query("select segment, convert_from(token, 'UTF8') from token_entry where processor_name = ?",
                rs -> {
                    positions.put(rs.getInt(1), position(rs.getString(2)));
                }, processorName);
        return positions;
    }

    private static long position(String token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode node = JSON.readTree(token);
            JsonNode current = node.has("currentToken") ? node.get("currentToken") : node; // a replay in progress
            return current != null && current.has("index") ? current.get("index").asLong() : -1;
        } catch (JsonProcessingException unreadable) {
            return -1;
        }
    }
}
