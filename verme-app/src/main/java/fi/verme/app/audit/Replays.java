package fi.verme.app.audit;

import fi.verme.app.platform.web.ProjectionBarrier;
import fi.verme.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds views from the events: each chosen streaming view is stopped, its tokens reset (its reset
 * handler empties its tables) and started again, and it replays every event. Progress is reported
 * while it runs, also in the log; responses say {@code Verme-Views: rebuilding} until it is done.
 */
@Component
public class Replays {

    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final ScheduledExecutorService progressLog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "replay-progress");
        thread.setDaemon(true);
        return thread;
    });

    Replays(EventProcessingConfiguration processing, JdbcTemplate jdbc, Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = clock;
        progressLog.scheduleAtFixedRate(this::logProgress, 2, 2, TimeUnit.SECONDS);
    }

    /** The views that can be rebuilt: the streaming processors that support a reset (not the notices). */
    public List<String> views() {
        return streaming().stream().filter(StreamingEventProcessor::supportsReset)
                .map(StreamingEventProcessor::getName).sorted().toList();
    }

    public boolean anyRebuilding() {
        return streaming().stream().anyMatch(StreamingEventProcessor::isReplaying);
    }

    record Replay(String replayId, List<String> views, Instant startedAt, long head, long total) {
    }

    public record Progress(String replayId, List<String> views, String status, long eventsDone, long eventsTotal,
                           double eventsPerSecond, Long secondsLeft, Instant startedAt) {
    }

    public synchronized Progress start(List<String> requested) {
        var known = views();
        // List.copyOf would throw on a null name; each view once, however often it is named.
        var chosen = requested == null || requested.isEmpty() ? known
                : requested.stream().distinct().toList();
        for (var view : chosen) {
            if (view == null || !known.contains(view)) {
                throw new InvalidInputException("views", "names of views to rebuild, or none for all: " + known);
            }
        }
        for (var view : chosen) {
            if (!ProjectionBarrier.holdsEverySegment(processor(view))) {
                // Another instance works on this view, or one that died still holds it until its claim lapses.
                throw new ViewHeldElsewhereException(view);
            }
        }
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        var replay = new Replay(UUID.randomUUID().toString(), chosen, clock.instant(), head == null ? -1 : head,
                total == null ? 0 : total);
        for (var view : chosen) {
            var processor = processor(view);
            processor.shutDown();
            try {
                processor.resetTokens();
            } finally {
                processor.start();
            }
        }
        replays.put(replay.replayId(), replay);
        LOG.info("Rebuilding {} from {} events (replay {})", chosen, replay.total(), replay.replayId());
        return progress(replay);
    }

    public Optional<Progress> find(String replayId) {
        return Optional.ofNullable(replays.get(replayId)).map(this::progress);
    }

    private Progress progress(Replay replay) {
        long slowest = replay.views().stream().mapToLong(view -> position(processor(view))).min().orElse(-1);
        boolean replaying = replay.views().stream().anyMatch(view -> processor(view).isReplaying());
        boolean done = !replaying && slowest >= replay.head();
        Long counted = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?",
                Long.class, Math.min(slowest, replay.head()));
        long eventsDone = done ? replay.total() : counted == null ? 0 : counted;
        double seconds = Math.max(0.001, Duration.between(replay.startedAt(), clock.instant()).toMillis() / 1000.0);
        double rate = eventsDone / seconds;
        Long left = done ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((replay.total() - eventsDone) / rate))
                : null;
        return new Progress(replay.replayId(), replay.views(), done ? "COMPLETED" : "RUNNING", eventsDone,
                replay.total(), Math.round(rate * 10) / 10.0, left, replay.startedAt());
    }

    private void logProgress() {
        try {
            for (var replay : replays.values()) {
                var progress = progress(replay);
                if (progress.status().equals("RUNNING")) {
                    LOG.info("Rebuilding {}: {} of {} events, {} events/s, about {} s left", replay.views(),
                            progress.eventsDone(), progress.eventsTotal(), progress.eventsPerSecond(),
                            progress.secondsLeft());
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not report replay progress", e);
        }
    }

    private static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new InvalidInputException("views", "names of views to rebuild: " + views()));
    }

    private List<StreamingEventProcessor> streaming() {
        var result = new ArrayList<StreamingEventProcessor>();
        processing.eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streamingProcessor) {
                result.add(streamingProcessor);
            }
        });
        return result;
    }
}
