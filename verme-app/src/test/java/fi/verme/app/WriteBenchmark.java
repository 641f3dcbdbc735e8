package fi.verme.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Benchmark A, writes through HTTP: enrolment submissions through the public form with 1, 4 and 16
 * concurrent clients on the durable embedded PostgreSQL ({@code fsync} and {@code synchronous_commit}
 * on), against two baselines measured in the same run on the same server: the CRUD peer
 * ({@code fi.verme.enrolment.web.CrudEnrolmentPeer}, the same request through the same security chain into two
 * plain rows), and raw JDBC inserts of rows of the same size (an enrolment event's payload and metadata), one
 * transaction each, over as many connections as there are clients. Prints the table and writes it to {@code docs/benchmarks.md}.
 * Not part of the test command: {@code mvn -B -pl verme-app -am test -Pbenchmark -Dtest=WriteBenchmark}.
 */
@Tag("benchmark")
class WriteBenchmark {

    static final int[] CLIENTS = {1, 4, 16};
    static final int WARM_UP = 200;
    static final long MEASURE_NANOS = Long.getLong("verme.benchmark.seconds", 15) * 1_000_000_000L;

    @TempDir
    Path dataDir;

    static final String REPRODUCE = "\nReproduce: `mvn -B -pl verme-app -am test -Pbenchmark -Dtest=WriteBenchmark`.\n";

    @Test
    void writesThroughHttpAgainstRawJdbc() throws Exception {
        var arguments = new ArrayList<>(List.of("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=0", "--logging.level.root=WARN",
                "--verme.public-form.per-address=100000", "--verme.public-form.per-call=100000",
                "--verme.public-form.per-email=100000", "--verme.benchmark.crud-peer=true"));
        arguments.addAll(Load.experimentalArguments());
        try (var application = VermeApplication.run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            var jdbc = application.getBean(JdbcTemplate.class);
            var api = new Api(port);
            var organiser = Programmes.freshOrganiser();
            Programmes.openCallOpenToday(api, organiser);
            Callable<Long> enrol = Load.enrolments(port, organiser);
            Callable<Long> crud = Load.enrolments(port, organiser, Map.of("X-Verme-Benchmark", "crud"));
            Load.run(1, WARM_UP, MEASURE_NANOS, enrol);
            Load.run(1, WARM_UP, MEASURE_NANOS, crud);

            // Rows of the same size as an enrolment's event: its payload and metadata as stored.
            Integer rowBytes = jdbc.queryForObject("""
                    select avg(octet_length(payload) + coalesce(octet_length(meta_data), 0))::int
                    from domain_event_entry where payload_type like '%EnrolmentSubmitted'""", Integer.class);
            var row = new byte[rowBytes];
            Arrays.fill(row, (byte) 'x');
            jdbc.execute("create table if not exists public.benchmark_row (id bigserial primary key, body bytea not null)");
            Callable<Long> insert = rawInsert((com.zaxxer.hikari.HikariDataSource) jdbc.getDataSource(), row);

            var http1 = new ArrayList<Load.Figures>();
            var peer = new ArrayList<Load.Figures>();
            var raw = new ArrayList<Load.Figures>();
            for (int clients : CLIENTS) {
                raw.add(Load.run(clients, 0, MEASURE_NANOS, insert));
                peer.add(Load.run(clients, 0, MEASURE_NANOS, crud));
                http1.add(Load.run(clients, 0, MEASURE_NANOS, enrol));
            }
            var lag = lag(jdbc, enrol, http1.get(http1.size() - 1).perSecond() / 2);
            var writes = report(jdbc, rowBytes, http1, peer, raw);
            System.out.println(writes + lag);
            BenchmarkReport.write("A.", writes + REPRODUCE);
            BenchmarkReport.write("C.", lag + REPRODUCE);
        }
    }

    /**
     * Benchmark C, lag: enrolments at half of the 16-client rate, paced, while another thread watches the
     * roster view; an event's lag is from its commit (its timestamp, taken just before) until its enrolment
     * is in the view.
     */
    private static String lag(JdbcTemplate jdbc, Callable<Long> enrol, double rate) throws Exception {
        var lags = new java.util.concurrent.ConcurrentLinkedQueue<Long>();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        long fromIndex = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        var watcher = new Thread(() -> {
            long seen = fromIndex;
            var pending = new java.util.HashMap<String, java.time.Instant>();
            while (!stop.get() || !pending.isEmpty()) {
                var stored = jdbc.query("select global_index, aggregate_identifier, time_stamp from domain_event_entry "
                        + "where global_index > ? and payload_type like '%EnrolmentSubmitted' order by global_index",
                        (rs, row) -> java.util.Map.entry(rs.getLong(1), java.util.Map.entry(rs.getString(2),
                                java.time.Instant.parse(rs.getString(3)))), seen);
                for (var event : stored) {
                    seen = Math.max(seen, event.getKey());
                    pending.put(event.getValue().getKey(), event.getValue().getValue());
                }
                if (!pending.isEmpty()) {
                    var shown = jdbc.queryForList("select enrolment_id::text from enrolment.roster_entry "
                            + "where enrolment_id::text = any(?)", String.class,
                            (Object) pending.keySet().toArray(String[]::new));
                    var now = java.time.Instant.now();
                    for (var enrolmentId : shown) {
                        lags.add(java.time.Duration.between(pending.remove(enrolmentId), now).toNanos());
                    }
                }
                if (stop.get() && pending.isEmpty()) {
                    break;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        long interval = (long) (1e9 / rate);
        long next = System.nanoTime();
        long until = next + MEASURE_NANOS;
        var pool = Executors.newFixedThreadPool(16);
        var sent = new ArrayList<java.util.concurrent.Future<Long>>();
        while (next < until) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            sent.add(pool.submit(enrol));
            next += interval;
        }
        for (var future : sent) {
            future.get();
        }
        pool.shutdown();
        stop.set(true);
        watcher.join(30_000);
        var sorted = new ArrayList<>(lags);
        sorted.sort(null);
        return String.format(Locale.ROOT, "## C. Lag%n%n%s%n%nEnrolments paced at %.0f per second (half of A's rate at 16 "
                        + "clients) for %d s; lag from an event's commit (its timestamp, taken "
                        + "just before) to its enrolment's appearance in the roster view, watched every millisecond. "
                        + "Target (issue 19): p99 under 100 ms.%n%n"
                        + "| events | p50 ms | p99 ms | max ms |%n|---:|---:|---:|---:|%n| %d | %.1f | %.1f | %.1f |%n",
                BenchmarkReport.machine(jdbc), rate, MEASURE_NANOS / 1_000_000_000L, sorted.size(), Load.percentile(sorted, 0.5),
                Load.percentile(sorted, 0.99),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
    }

    /** One JDBC connection per client thread (the application's database and login), autocommit: each row its own transaction. */
    private static Callable<Long> rawInsert(com.zaxxer.hikari.HikariDataSource application, byte[] row) {
        var connections = ThreadLocal.withInitial(() -> {
            try {
                var connection = new DriverManagerDataSource(application.getJdbcUrl(), application.getUsername(),
                        application.getPassword()).getConnection();
                connection.setAutoCommit(true);
                return connection.prepareStatement("insert into public.benchmark_row (body) values (?)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return () -> {
            long started = System.nanoTime();
            var statement = connections.get();
            statement.setBytes(1, row);
            statement.executeUpdate();
            return System.nanoTime() - started;
        };
    }

    private static String report(JdbcTemplate jdbc, int rowBytes, List<Load.Figures> http, List<Load.Figures> peer,
                                 List<Load.Figures> raw) throws IOException {
        var out = new StringBuilder();
        out.append("## A. Writes through HTTP\n\n");
        out.append(BenchmarkReport.machine(jdbc)).append("\n\n");
        out.append(String.format(Locale.ROOT, "Enrolment submissions through the public form (`POST …/enrolments`, "
                + "each answered only once its views show it: ES), against two baselines in the same run on the same "
                + "PostgreSQL: the CRUD peer, the endpoint a team would write without event sourcing (the same path, "
                + "security chain, JSON body and Bean Validation; one transaction inserting the person row and the "
                + "enrolment row with `JdbcTemplate`; 201: `CrudEnrolmentPeer` in the test sources), and raw JDBC "
                + "inserts of %d-byte rows (an enrolment event's payload and metadata), one transaction each, over as "
                + "many connections as clients. Each figure is %d s of steady load. Targets (issue 19): ES at least "
                + "50%% of the CRUD peer's rate at 16 clients, and ES's p50 at 1 client at most twice the peer's.%n%n",
                rowBytes, MEASURE_NANOS / 1_000_000_000L));
        out.append("| clients | ES req/s | ES p50 ms | ES p99 ms | CRUD req/s | CRUD p50 ms | CRUD p99 ms "
                + "| JDBC rows/s | JDBC p50 ms | ES / CRUD | ES / JDBC |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < http.size(); i++) {
            var h = http.get(i);
            var c = peer.get(i);
            var r = raw.get(i);
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.1f | %.0f | %.1f | %.1f | %.0f | %.2f "
                            + "| %.0f %% | %.0f %% |%n", h.clients(), h.perSecond(), h.p50Millis(), h.p99Millis(),
                    c.perSecond(), c.p50Millis(), c.p99Millis(), r.perSecond(), r.p50Millis(),
                    100 * h.perSecond() / c.perSecond(), 100 * h.perSecond() / r.perSecond()));
        }
        out.append(String.format(Locale.ROOT, "%nES's p50 at 1 client against the peer's: %.1f×.%n",
                http.get(0).p50Millis() / peer.get(0).p50Millis()));
        return out.toString();
    }

}
