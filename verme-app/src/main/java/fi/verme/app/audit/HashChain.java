package fi.verme.app.audit;

import fi.verme.app.platform.BackgroundWorker;
import fi.verme.verifier.ChainLink;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends each programme year's hash chain over its events in global order, never skipping one:
 * only events that have settled (older than a few seconds, so no earlier transaction can still
 * commit below them) and that the event index has tagged, with no event below them still untagged,
 * are chained, in order, every few seconds (straight on while the batches come full, as after an import).
 */
@Component
class HashChain {

    private static final Logger LOG = LoggerFactory.getLogger(HashChain.class);
    static final Duration SETTLED = Duration.ofSeconds(3);
    /** How long a gap in the index's tokens may stay empty before the chain counts it as a position no event fills. */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Configuration axon;
    private final Clock clock;
    /** At most this many events are chained in one transaction ({@code verme.audit.chain-batch}). */
    private final int batch;
    /** Fair, so that a checkpoint waiting for the chain goes between two batches of a long catching up. */
    private final ReentrantLock extending = new ReentrantLock(true);
    /** When this instance first saw each gap still open in the index's tokens. */
    private final Map<Long, Instant> gapsSeen = new HashMap<>();
    private final BackgroundWorker worker;

    HashChain(JdbcTemplate jdbc, TransactionTemplate transactions, Configuration axon, Clock clock,
              @Value("${verme.audit.chain-batch:5000}") int batch) {
        this.jdbc = jdbc;
        this.batch = Math.max(1, batch);
        this.transactions = transactions;
        this.axon = axon;
        this.clock = clock;
        worker = new BackgroundWorker("hash-chain", Duration.ofSeconds(5), Duration.ofSeconds(2),
                () -> extendAll(SETTLED), e -> LOG.debug("Hash chain not extended this time", e));
    }

    /** The chain stops with the application, before its database does: the batch at hand is committed first. */
    @EventListener(ContextClosedEvent.class)
    @PreDestroy
    void stop() {
        worker.stop();
    }

    /**
     * Chains every settled, indexed event not chained yet, a batch at a time, straight on while the batches come
     * full (after an import, or a store restored); returns how many it chained.
     */
    int extendAll(Duration settled) {
        int chained = 0;
        int more;
        do {
            more = extend(settled);
            chained += more;
        } while (more == batch && !Thread.currentThread().isInterrupted());
        return chained;
    }

    /** Chains up to a batch of the settled, indexed events not chained yet, in one transaction; returns how many. */
    private int extend(Duration settled) {
        extending.lock();
        try {
            return extendLocked(settled);
        } finally {
            extending.unlock();
        }
    }

    private int extendLocked(Duration settled) {
        Integer chained = transactions.execute(status -> {
            long indexed = indexedUpTo();
            Long last = jdbc.queryForObject("select coalesce(max(global_index), 0) from app.event_chain", Long.class);
            var links = new HashMap<String, Object[]>(); // programme year to {link, index}
            var rows = new ArrayList<Object[]>();
            boolean[] stopped = {false};
            jdbc.query("""
                    select p.programme_year, e.global_index, e.event_identifier, e.aggregate_identifier,
                        e.sequence_number, e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data,
                        e.time_stamp::timestamptz < now() - make_interval(secs => ?) as settled
                    from app.event_programme p join domain_event_entry e on e.global_index = p.global_index
                    where p.global_index > ? and p.global_index <= ?
                    order by p.global_index limit ?""",
                    rs -> {
                        // In order, up to the first event not settled: the chain never passes one, which a
                        // filter on time would (an event made early can be stored after one made later).
                        if (stopped[0] || !rs.getBoolean(11)) {
                            stopped[0] = true;
                            return;
                        }
                        var year = rs.getString(1);
                        long index = rs.getLong(2);
                        var previous = links.computeIfAbsent(year, this::lastLinkOf);
                        var link = ChainLink.next((byte[]) previous[0], ChainLink.storedBytes(rs.getString(3),
                                rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                new String(rs.getBytes(9), StandardCharsets.UTF_8),
                                rs.getBytes(10) == null ? null : new String(rs.getBytes(10), StandardCharsets.UTF_8)));
                        rows.add(new Object[] {index, year, previous[1], link});
                        links.put(year, new Object[] {link, index});
                    }, settled.toMillis() / 1000.0, last, indexed, batch);
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into app.event_chain (global_index, programme_year, previous_index, link)
                        values (?, ?, ?, ?)""", rows);
            }
            return rows.size();
        });
        return chained == null ? 0 : chained;
    }

    /**
     * Up to where the index has tagged every event, as its stored tokens say: they are committed with the tags of
     * the events they passed (one transaction per batch), on whichever instance holds them, so every tag up to here
     * can be read. Below a gap in the tokens (a position no event has filled yet), never past one while it is young:
     * an event whose transaction commits after a later one's fills it within moments, and the chain must wait for it
     * or go on without it for good. A gap still empty after {@link #GAP_TIMEOUT} is a position no event will fill
     * (a transaction that was rolled back took it), and the chain goes past it. -1 while the index has no token.
     */
    private long indexedUpTo() {
        var tokens = jdbc.query("select token_type, token from token_entry where processor_name = ?",
                (rs, row) -> rs.getBytes(2) == null ? null : (TrackingToken) axon.serializer().deserialize(
                        new SimpleSerializedObject<>(rs.getBytes(2), byte[].class, rs.getString(1), null)),
                EventIndex.PROCESSOR);
        if (tokens.isEmpty() || tokens.contains(null)) {
            return -1;
        }
        var now = clock.instant();
        var gaps = new TreeSet<Long>();
        long upTo = Long.MAX_VALUE;
        for (var token : tokens) {
            var gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
            if (gapAware.isEmpty()) {
                upTo = Math.min(upTo, token.position().orElse(-1));
                continue;
            }
            upTo = Math.min(upTo, gapAware.get().getIndex());
            gaps.addAll(gapAware.get().getGaps());
        }
        gapsSeen.keySet().retainAll(gaps);
        for (var gap : gaps) {
            var seen = gapsSeen.computeIfAbsent(gap, g -> now);
            if (seen.plus(GAP_TIMEOUT).isAfter(now)) {
                return Math.min(upTo, gap - 1);
            }
        }
        return upTo;
    }

    private Object[] lastLinkOf(String year) {
        return jdbc.query("""
                select link, global_index from app.event_chain where programme_year = ?
                order by global_index desc limit 1""",
                rs -> rs.next() ? new Object[] {rs.getBytes(1), rs.getLong(2)} : new Object[] {null, null}, year);
    }
}
