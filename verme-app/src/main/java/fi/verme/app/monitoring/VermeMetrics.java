package fi.verme.app.monitoring;

import fi.verme.app.audit.Replays;
import fi.verme.app.platform.web.ProjectionBarrier;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verme's own gauges, read from the database when Prometheus scrapes (so every instance reports the same
 * figures): how far each view is behind the event store, in events and in seconds; the messages waiting in
 * the outbox and those that failed for good; and the events stored after the newest link of the hash chain.
 */
@Component
class VermeMetrics implements MeterBinder {

    /** A scrape reads each view's lag once, for both of its gauges. */
    private static final Duration FRESH = Duration.ofSeconds(2);

    private final ProjectionBarrier views;
    private final Replays replays;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Measured> lags = new ConcurrentHashMap<>();

    VermeMetrics(ProjectionBarrier views, Replays replays, JdbcTemplate jdbc, Clock clock) {
        this.views = views;
        this.replays = replays;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Measured(ProjectionBarrier.Lag lag, Instant at) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // The declared views are kept in the writing transaction, so they never lag (0); what streams may.
        for (var view : Stream.concat(replays.views().stream(), views.views().stream()).distinct().sorted().toList()) {
            Gauge.builder("verme.view.lag.events", () -> lag(view).events())
                    .description("Events the view has still to handle").tag("view", view).register(registry);
            Gauge.builder("verme.view.lag.seconds", () -> lag(view).behind().toMillis() / 1000.0)
                    .description("Age of the oldest event the view has still to handle").tag("view", view)
                    .baseUnit("seconds").register(registry);
        }
        Gauge.builder("verme.outbox.pending", () -> count("select count(*) from app.outbox where status = 'PENDING'"))
                .description("Messages waiting to be sent").register(registry);
        Gauge.builder("verme.outbox.failed", () -> count("select count(*) from app.outbox where status = 'FAILED'"))
                .description("Messages that could not be sent after every retry").register(registry);
        Gauge.builder("verme.audit.chain.lag.events", () -> count("""
                        select count(*) from domain_event_entry
                        where global_index > (select coalesce(max(global_index), 0) from app.event_chain)"""))
                .description("Events stored after the newest link of the hash chain").register(registry);
    }

    private ProjectionBarrier.Lag lag(String view) {
        var now = clock.instant();
        return lags.compute(view, (name, last) -> last != null && last.at().plus(FRESH).isAfter(now) ? last
                : new Measured(views.lagOf(name, now), now)).lag();
    }

    private double count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
