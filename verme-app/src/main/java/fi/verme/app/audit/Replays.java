package fi.verme.app.audit;

import fi.verme.app.platform.storage.BatchingJdbcTemplate;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ViewProcessors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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
@Order(-1) // at start, before the demo data and the wait for what streams (see catchUpFromLeftTokens)
public class Replays implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private final EventProcessingConfiguration processing;
    private final org.axonframework.config.Configuration axon;
    private final EventStorageEngine events;
    private final TransactionTemplate transactions;
    private final BatchingJdbcTemplate jdbc;
    private final Clock clock;
    private final List<String> views;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "view-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService viewRebuilders;
    private final ScheduledExecutorService progressLog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "replay-progress");
        thread.setDaemon(true);
        return thread;
    });

    Replays(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
            EventStorageEngine events, PlatformTransactionManager transactions, BatchingJdbcTemplate jdbc, Clock clock,
            List<ViewProcessors> declared, @Value("${verme.rebuild.parallel:3}") int parallel) {
        this.viewRebuilders = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
            var thread = new Thread(runnable, "view-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.processing = processing;
        this.axon = axon;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
        this.views = declared.stream().flatMap(view -> view.names().stream()).toList();
        progressLog.scheduleAtFixedRate(this::logProgress, 2, 2, TimeUnit.SECONDS);
    }

    /** The views that can be rebuilt: every module's declared views, by name. */
    public List<String> views() {
        return views.stream().sorted().toList();
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
        /** Per view, the events it has been handed. */
        final Map<String, AtomicLong> done = new LinkedHashMap<>();
        volatile Status status = Status.WAITING;
        volatile Instant finishedAt;

        Replay(List<String> views, Instant startedAt, long total) {
            this.views = views;
            views.forEach(view -> done.put(view, new AtomicLong()));
            this.startedAt = startedAt;
            this.total = total;
        }

        Status status() {
            return status;
        }
    }

    /**
     * An installation whose views streamed in tracking processors (until November 2026) left each view's token in
     * {@code token_entry}: the view holds every event up to it. At start, before anything is served, each such view
     * takes the events after its token, in one transaction with the token's removal, so nothing the old release had
     * not yet handled is lost; a view that was in the middle of a replay, or ran in several segments, is rebuilt
     * whole. Two instances starting at once take turns on the token's row.
     */
    @Override
    public void run(ApplicationArguments arguments) {
        catchUpFromLeftTokens();
    }

    public void catchUpFromLeftTokens() {
        for (var view : views) {
            transactions.executeWithoutResult(transaction -> {
                var tokens = jdbc.query("select token_type, token from token_entry where processor_name = ? for update",
                        (rs, row) -> rs.getBytes(2) == null ? null : (TrackingToken) axon.serializer().deserialize(
                                new SimpleSerializedObject<>(rs.getBytes(2), byte[].class, rs.getString(1), null)),
                        view);
                if (tokens.isEmpty()) {
                    return;
                }
                var handlers = List.of(handlersOf(view));
                var token = tokens.get(0);
                boolean whole = tokens.size() != 1 || token == null || ReplayToken.isReplay(token);
                if (whole) {
                    handlers.forEach(EventHandlerInvoker::performReset);
                }
                long handled = fanOut(whole ? null : token, handlers, new AtomicLong());
                jdbc.update("delete from token_entry where processor_name = ?", view);
                LOG.info("The view {} streamed in a tracking processor before: {} events after its token handled, "
                        + "and the token removed", view, handled);
            });
        }
    }

    /**
     * Reads the events after the token (all, for none) once, in order, and hands each to every view that handles
     * it; the views' writes go to PostgreSQL in batches.
     */
    private long fanOut(TrackingToken after, List<EventHandlerInvoker> handlers, AtomicLong done) {
        jdbc.batchingUpdates(() -> handEach(after, handlers, done));
        return done.get();
    }

    private void handEach(TrackingToken after, List<EventHandlerInvoker> handlers, AtomicLong done) {
        try (var stream = events.readEvents(after, false)) {
            stream.forEach(event -> {
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    for (var view : handlers) {
                        if (view.canHandle(event, Segment.ROOT_SEGMENT)) {
                            handle(view, event);
                        }
                    }
                });
                done.incrementAndGet();
            });
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
                throw new InvalidInputException("views", "names of views to rebuild, or none for all: " + views());
            }
        }
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        // Handed each event in the order the writing transaction hands it to them (the order they are declared in).
        var ordered = views.stream().filter(chosen::contains).toList();
        var replay = new Replay(ordered, clock.instant(), total == null ? 0 : total);
        replays.put(replay.replayId, replay);
        rebuilder.execute(() -> rebuild(replay));
        LOG.info("Rebuilding {} from {} events (replay {})", chosen, replay.total, replay.replayId);
        return progress(replay);
    }

    public Optional<Progress> find(String replayId) {
        return Optional.ofNullable(replays.get(replayId)).map(this::progress);
    }

    /**
     * Each view in its own transaction, on {@code verme.rebuild.parallel} threads: the views keep no keys between
     * their tables and read none but their own (and the lookups), so they are rebuilt side by side, each reading the
     * events once, and while one waits on PostgreSQL another works.
     */
    private void rebuild(Replay replay) {
        replay.status = Status.RUNNING;
        var failed = new ArrayList<String>();
        var running = replay.views.stream().map(view -> Map.entry(view, viewRebuilders.submit(() ->
                transactions.executeWithoutResult(transaction -> {
                    var handlers = List.of(handlersOf(view));
                    handlers.forEach(EventHandlerInvoker::performReset);
                    fanOut(null, handlers, replay.done.get(view));
                })))).toList();
        for (var view : running) {
            try {
                view.getValue().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(view.getKey());
            } catch (ExecutionException e) {
                failed.add(view.getKey());
                LOG.error("Rebuilding {} failed; it is as it was (replay {})", view.getKey(), replay.replayId,
                        e.getCause());
            }
        }
        replay.finishedAt = clock.instant();
        replay.status = failed.isEmpty() ? Status.COMPLETED : Status.FAILED;
        if (failed.isEmpty()) {
            LOG.info("Rebuilt {} from {} events in {} ms (replay {})", replay.views, replay.total,
                    Duration.between(replay.startedAt, replay.finishedAt).toMillis(), replay.replayId);
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
        // As far as the slowest view has got.
        long slowest = replay.done.values().stream().mapToLong(AtomicLong::get).min().orElse(0);
        long eventsDone = status == Status.COMPLETED ? replay.total : Math.min(slowest, replay.total);
        var until = replay.finishedAt != null ? replay.finishedAt : clock.instant();
        double seconds = Math.max(0.001, Duration.between(replay.startedAt, until).toMillis() / 1000.0);
        double rate = eventsDone / seconds;
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
