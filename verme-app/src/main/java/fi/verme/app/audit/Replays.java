package fi.verme.app.audit;

import fi.verme.app.platform.storage.BatchingJdbcTemplate;
import fi.verme.app.platform.storage.InTransactionProcessor;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ViewProcessors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
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
 * Rebuilds views from the events. The events are read once, in order, each decoded once, and handed to the views
 * being rebuilt, side by side, each in a transaction of its own: its reset handler locks its tables against
 * writers and empties them, and its writes go to PostgreSQL in batches. Until a view's transaction commits,
 * reads go on answering from it as it was, and a write that would change it waits (up to the statement
 * timeout); a rebuild that fails (or an instance that stops) leaves the view as it was. Rebuilds run one at a
 * time on an instance (one asked for while another runs waits its turn), and across instances the views' locks
 * put them in turn. Progress is reported while it runs, also in the log; responses say
 * {@code Verme-Views: rebuilding} until it is done.
 */
@Component
@Order(-1) // at start, before the demo data and the wait for what streams (see makeViewsWhole)
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
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(daemon("view-rebuild"));
    private final ExecutorService viewRebuilders;
    private final int parallel;
    private final ScheduledExecutorService progressLog =
            Executors.newSingleThreadScheduledExecutor(daemon("replay-progress"));

    Replays(EventProcessingConfiguration processing, org.axonframework.config.Configuration axon,
            EventStorageEngine events, PlatformTransactionManager transactions, BatchingJdbcTemplate jdbc, Clock clock,
            List<ViewProcessors> declared, @Value("${verme.rebuild.parallel:3}") int parallel) {
        this.parallel = Math.max(1, parallel);
        this.viewRebuilders = Executors.newFixedThreadPool(this.parallel, daemon("view-rebuild-worker"));
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
        return replays.values().stream().anyMatch(replay -> replay.status == Status.RUNNING
                || replay.status == Status.WAITING);
    }

    enum Status { WAITING, RUNNING, COMPLETED, FAILED }

    private static final class Replay {
        final String replayId = UUID.randomUUID().toString();
        final List<String> views;
        final Instant startedAt;
        final long total;
        /** The events read so far, and the workers that rebuild the views from them. */
        final AtomicLong read = new AtomicLong();
        volatile List<Worker> workers = List.of();
        volatile Status status = Status.WAITING;
        volatile Instant finishedAt;

        Replay(List<String> views, Instant startedAt, long total) {
            this.views = views;
            this.startedAt = startedAt;
            this.total = total;
        }
    }

    /**
     * At start, before anything is served, each view is made whole:
     * <ul>
     * <li>A view left by a release whose views streamed in tracking processors (until November 2026) has its
     * token in {@code token_entry}: it holds every event up to it. It takes the events after the token, in one
     * transaction with the token's removal, so nothing the old release had not yet handled is lost; a view that
     * was in the middle of a replay, or ran in several segments, is rebuilt whole.</li>
     * <li>A view new in this release (never built here, {@code app.view_built}) is built from the first event.</li>
     * </ul>
     * Two instances starting at once take turns on each view.
     */
    @Override
    public void run(ApplicationArguments arguments) {
        makeViewsWhole();
    }

    public void makeViewsWhole() {
        for (var view : views) {
            transactions.executeWithoutResult(transaction -> {
                jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "verme-view:" + view);
                boolean built = jdbc.queryForObject("select count(*) from app.view_built where view_name = ?",
                        Long.class, view) > 0;
                var tokens = jdbc.query("select token_type, token from token_entry where processor_name = ?",
                        (rs, row) -> rs.getBytes(2) == null ? null : (TrackingToken) axon.serializer().deserialize(
                                new SimpleSerializedObject<>(rs.getBytes(2), byte[].class, rs.getString(1), null)),
                        view);
                var handlers = List.of(handlersOf(view));
                if (!tokens.isEmpty()) {
                    var token = tokens.get(0);
                    boolean whole = tokens.size() != 1 || token == null || ReplayToken.isReplay(token);
                    if (whole) {
                        handlers.forEach(EventHandlerInvoker::performReset);
                    }
                    long handled = fanOut(whole ? null : token, handlers, new AtomicLong());
                    jdbc.update("delete from token_entry where processor_name = ?", view);
                    LOG.info("The view {} streamed in a tracking processor before: {} events after its token "
                            + "handled, and the token removed", view, handled);
                } else if (!built) {
                    handlers.forEach(EventHandlerInvoker::performReset);
                    long handled = fanOut(null, handlers, new AtomicLong());
                    if (handled > 0) {
                        LOG.info("The view {} is new: built from {} events", view, handled);
                    }
                }
                if (!built) {
                    markBuilt(view);
                }
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
                handTo(handlers, event);
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
        // In the order they are declared in.
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
     * The events are read once, in order, on this thread, each decoded here once, and handed to
     * {@code verme.rebuild.parallel} workers (3), each rebuilding its share of the views in a transaction of its own.
     * The views keep no keys between their tables and read none but their own (and the lookups), so they are
     * rebuilt side by side: while one worker waits on PostgreSQL, another works. A worker holds at most
     * {@value #QUEUE} events; the reading waits for the slowest.
     */
    private void rebuild(Replay replay) {
        replay.status = Status.RUNNING;
        int share = Math.min(parallel, replay.views.size());
        var workers = new ArrayList<Worker>();
        for (int i = 0; i < share; i++) {
            var theirs = new ArrayList<String>();
            for (int v = i; v < replay.views.size(); v += share) {
                theirs.add(replay.views.get(v));
            }
            workers.add(new Worker(theirs, theirs.stream().map(this::handlersOf).toList()));
        }
        replay.workers = workers;
        workers.forEach(worker -> worker.running = viewRebuilders.submit(() -> build(worker)));
        boolean read = false;
        try (var stream = events.readEvents(null, false)) {
            var each = stream.iterator();
            while (each.hasNext()) {
                var event = each.next();
                event.getPayload();
                event.getMetaData();
                long position = replay.read.incrementAndGet();
                for (var worker : workers) {
                    if (worker.wants(event)) {
                        hand(worker, new Handed(event, position));
                    }
                }
            }
            read = true;
        } catch (RuntimeException e) {
            LOG.error("Reading the events for {} failed; the views are as they were (replay {})", replay.views,
                    replay.replayId, e);
        } finally {
            for (var worker : workers) {
                hand(worker, read ? END : ABORT);
            }
        }
        var failed = new ArrayList<String>();
        for (var worker : workers) {
            try {
                worker.running.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.addAll(worker.views);
            } catch (ExecutionException e) {
                failed.addAll(worker.views);
                LOG.error("Rebuilding {} failed; they are as they were (replay {})", worker.views, replay.replayId,
                        e.getCause());
            }
        }
        replay.finishedAt = clock.instant();
        replay.status = read && failed.isEmpty() ? Status.COMPLETED : Status.FAILED;
        if (replay.status == Status.COMPLETED) {
            LOG.info("Rebuilt {} from {} events in {} ms (replay {})", replay.views, replay.read.get(),
                    Duration.between(replay.startedAt, replay.finishedAt).toMillis(), replay.replayId);
        }
    }

    private static final int QUEUE = 2_000;
    private static final Object END = new Object();
    private static final Object ABORT = new Object();

    private record Handed(TrackedEventMessage<?> event, long position) {
    }

    /** Rebuilds its share of the views from what the reading hands it. */
    private static final class Worker {
        final List<String> views;
        final List<EventHandlerInvoker> handlers;
        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        volatile long handled;
        volatile Future<?> running;

        Worker(List<String> views, List<EventHandlerInvoker> handlers) {
            this.views = views;
            this.handlers = handlers;
        }

        boolean wants(TrackedEventMessage<?> event) {
            return handlers.stream().anyMatch(view -> view.canHandle(event, Segment.ROOT_SEGMENT));
        }

        /** The events it has handled, counted in the order read (all read so far, while it has none waiting). */
        long done(long read) {
            return queue.isEmpty() ? read : handled;
        }
    }

    private static void hand(Worker worker, Object item) {
        try {
            while (!worker.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (worker.running.isDone()) {
                    return; // it failed: it takes nothing more
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing events to a view's rebuild", e);
        }
    }

    private void build(Worker worker) {
        transactions.executeWithoutResult(transaction -> {
            worker.handlers.forEach(EventHandlerInvoker::performReset);
            jdbc.batchingUpdates(() -> {
                for (var item = next(worker); item != END; item = next(worker)) {
                    if (item == ABORT) {
                        throw new IllegalStateException("The events could not be read to the end");
                    }
                    var handed = (Handed) item;
                    handTo(worker.handlers, handed.event());
                    worker.handled = handed.position();
                }
            });
            worker.views.forEach(this::markBuilt);
        });
    }

    private static Object next(Worker worker) {
        try {
            return worker.queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ABORT;
        }
    }

    /** One event, in a unit of work, to each of the views that handles it. */
    private static void handTo(List<EventHandlerInvoker> views, TrackedEventMessage<?> event) {
        DefaultUnitOfWork.startAndGet(event).execute(() -> {
            for (var view : views) {
                if (view.canHandle(event, Segment.ROOT_SEGMENT)) {
                    try {
                        view.handle(event, Segment.ROOT_SEGMENT);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        });
    }

    /** Threads that do not keep the JVM alive, by name. */
    private static ThreadFactory daemon(String name) {
        return runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void markBuilt(String view) {
        jdbc.update("""
                insert into app.view_built (view_name, built_at) values (?, now())
                on conflict (view_name) do update set built_at = excluded.built_at""", view);
    }

    private EventHandlerInvoker handlersOf(String view) {
        return InTransactionProcessor.handlersOf(processing, view)
                .orElseThrow(() -> new IllegalStateException("No handlers for the view " + view));
    }

    private Progress progress(Replay replay) {
        var status = replay.status;
        // As far as the slowest view has got.
        long read = replay.read.get();
        long slowest = replay.workers.stream().mapToLong(worker -> worker.done(read)).min().orElse(0);
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
