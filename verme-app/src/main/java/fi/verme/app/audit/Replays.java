package fi.verme.app.audit;

import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ViewProcessors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds views from the events, in one transaction: each chosen view's reset handler locks its tables against
 * writers and empties them, then the events are read once, in order, each decoded once and handed to every chosen
 * view that handles it. Until the transaction commits, reads go on answering from the views as they were, and a
 * write that would change them waits; a rebuild that fails (or an instance that stops) leaves them as they were.
 * Rebuilds run one at a time on an instance (one asked for while another runs waits its turn), and across
 * instances the views' locks put them in turn. Progress is reported while it runs, also in the log; responses say
 * {@code Verme-Views: rebuilding} until it is done.
 */
@Component
public class Replays {

    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<String> views;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "view-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService progressLog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "replay-progress");
        thread.setDaemon(true);
        return thread;
    });

    Replays(EventProcessingConfiguration processing, EventStorageEngine events, PlatformTransactionManager transactions,
            JdbcTemplate jdbc, Clock clock, List<ViewProcessors> declared) {
        this.processing = processing;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
        this.views = declared.stream().flatMap(view -> view.names().stream()).sorted().toList();
        progressLog.scheduleAtFixedRate(this::logProgress, 2, 2, TimeUnit.SECONDS);
    }

    /** The views that can be rebuilt: every module's declared views. */
    public List<String> views() {
        return views;
    }

    public boolean anyRebuilding() {
        return replays.values().stream().anyMatch(replay -> replay.status() == Status.RUNNING
                || replay.status() == Status.WAITING);
    }

    enum Status { WAITING, RUNNING, COMPLETED, FAILED }

    private static final class Replay {
        final String replayId = UUID.randomUUID().toString();
        final List<String> views;
        final Instant startedAt;
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile Status status = Status.WAITING;
        volatile Instant finishedAt;

        Replay(List<String> views, Instant startedAt, long total) {
            this.views = views;
            this.startedAt = startedAt;
            this.total = total;
        }

        Status status() {
            return status;
        }
    }

    public record Progress(String replayId, List<String> views, String status, long eventsDone, long eventsTotal,
                           double eventsPerSecond, Long secondsLeft, Instant startedAt) {
    }

    public synchronized Progress start(List<String> requested) {
        // List.copyOf would throw on a null name; each view once, however often it is named.
        var chosen = requested == null || requested.isEmpty() ? views
                : requested.stream().distinct().toList();
        for (var view : chosen) {
            if (view == null || !views.contains(view)) {
                throw new InvalidInputException("views", "names of views to rebuild, or none for all: " + views);
            }
        }
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        var replay = new Replay(chosen, clock.instant(), total == null ? 0 : total);
        replays.put(replay.replayId, replay);
        rebuilder.execute(() -> rebuild(replay));
        LOG.info("Rebuilding {} from {} events (replay {})", chosen, replay.total, replay.replayId);
        return progress(replay);
    }

    public Optional<Progress> find(String replayId) {
        return Optional.ofNullable(replays.get(replayId)).map(this::progress);
    }

    private void rebuild(Replay replay) {
        replay.status = Status.RUNNING;
        var handlers = replay.views.stream().map(this::handlersOf).toList();
        try {
            transactions.executeWithoutResult(transaction -> {
                handlers.forEach(EventHandlerInvoker::performReset);
                try (var stream = events.readEvents(null, false)) {
                    stream.forEach(event -> {
                        DefaultUnitOfWork.startAndGet(event).execute(() -> {
                            for (var view : handlers) {
                                if (view.canHandle(event, Segment.ROOT_SEGMENT)) {
                                    handle(view, event);
                                }
                            }
                        });
                        replay.done.incrementAndGet();
                    });
                }
            });
            replay.status = Status.COMPLETED;
            LOG.info("Rebuilt {} from {} events in {} ms (replay {})", replay.views, replay.done.get(),
                    Duration.between(replay.startedAt, clock.instant()).toMillis(), replay.replayId);
        } catch (RuntimeException e) {
            replay.status = Status.FAILED;
            LOG.error("Rebuilding {} failed; the views are as they were (replay {})", replay.views, replay.replayId, e);
        } finally {
            replay.finishedAt = clock.instant();
        }
    }

    private static void handle(EventHandlerInvoker view, org.axonframework.eventhandling.EventMessage<?> event) {
        try {
            view.handle(event, Segment.ROOT_SEGMENT);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private EventHandlerInvoker handlersOf(String view) {
        return processing.eventProcessor(view, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No processor for the view " + view))
                .eventHandlerInvoker();
    }

    private Progress progress(Replay replay) {
        var status = replay.status;
        long eventsDone = status == Status.COMPLETED ? replay.total : Math.min(replay.done.get(), replay.total);
        var until = replay.finishedAt != null ? replay.finishedAt : clock.instant();
        double seconds = Math.max(0.001, Duration.between(replay.startedAt, until).toMillis() / 1000.0);
        double rate = replay.done.get() / seconds;
        Long left = status == Status.COMPLETED ? Long.valueOf(0)
                : status == Status.RUNNING && rate > 0 ? Long.valueOf(Math.round((replay.total - eventsDone) / rate))
                : null;
        var shown = status == Status.WAITING ? Status.RUNNING : status;
        return new Progress(replay.replayId, replay.views, shown.name(), eventsDone, replay.total,
                Math.round(rate * 10) / 10.0, left, replay.startedAt);
    }

    private void logProgress() {
        try {
            for (var replay : replays.values()) {
                if (replay.status == Status.RUNNING) {
                    var progress = progress(replay);
                    LOG.info("Rebuilding {}: {} of {} events, {} events/s, about {} s left", replay.views,
                            progress.eventsDone(), progress.eventsTotal(), progress.eventsPerSecond(),
                            progress.secondsLeft());
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not report replay progress", e);
        }
    }
}
