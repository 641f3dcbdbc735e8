package fi.verme.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark B, rebuild: the generator writes programme years through the real commands
 * ({@code -Dverme.benchmark.organisers}, default 30, and {@code -Dverme.benchmark.years}, default 3),
 * then every view is rebuilt from the events. Baseline, in the same run on the same PostgreSQL: a plain
 * JDBC program that reads the same events in order, deserialises each with Jackson and writes a view row
 * per event in batches of 500. Writes its section of {@code docs/benchmarks.md}.
 * {@code mvn -B -pl verme-app -am test -Pbenchmark -Dtest=RebuildBenchmark}
 */
@Tag("benchmark")
class RebuildBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void rebuildingEveryViewAgainstAPlainJdbcProgram() throws Exception {
        int organisers = Integer.getInteger("verme.benchmark.organisers", 30);
        int years = Integer.getInteger("verme.benchmark.years", 3);
        long generating = System.nanoTime();
        try (var application = VermeApplication.run("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.fi.verme.app.demo=INFO", "--verme.generate.organisers=" + organisers,
                "--verme.generate.years=" + years)) {
            double generateSeconds = (System.nanoTime() - generating) / 1e9;
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            var jdbc = application.getBean(JdbcTemplate.class);
            long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

            var admin = new Api(port).as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
            long rebuilding = System.nanoTime();
            var progress = Views.rebuildAll(admin);
            double rebuildSeconds = (System.nanoTime() - rebuilding) / 1e9;

            long baselineStarted = System.nanoTime();
            long baselineEvents = baseline(jdbc);
            double baselineSeconds = (System.nanoTime() - baselineStarted) / 1e9;

            double rate = events / rebuildSeconds;
            double baselineRate = baselineEvents / baselineSeconds;
            var section = String.format(Locale.ROOT, "## B. Rebuild%n%n%s%n%n"
                            + "The generator wrote %d organisers × %d years through the real commands (%d events, %.0f s). "
                            + "Then every view was rebuilt from the events (`POST /api/admin/replays`), against a plain "
                            + "JDBC program that reads the same events in order, deserialises each with Jackson and writes "
                            + "a view row per event in batches of 500. Target: at least 50%% of the baseline's events per "
                            + "second, and a million events in under 60 s.%n%n"
                            + "| events | rebuild s | rebuild events/s | baseline s | baseline events/s | rebuild / baseline | a million events at this rate |%n"
                            + "|---:|---:|---:|---:|---:|---:|---:|%n"
                            + "| %d | %.1f | %.0f | %.1f | %.0f | %.0f %% | %.0f s |%n%n"
                            + "Reproduce: `mvn -B -pl verme-app -am test -Pbenchmark -Dtest=RebuildBenchmark "
                            + "-Dverme.benchmark.organisers=%d -Dverme.benchmark.years=%d`.%n",
                    BenchmarkReport.machine(jdbc), organisers, years, events, generateSeconds, events, rebuildSeconds,
                    rate, baselineSeconds, baselineRate, 100 * rate / baselineRate, 1_000_000 / rate, organisers, years);
            System.out.println(section + " (replay progress: " + progress + ")");
            BenchmarkReport.write("B.", section);
        }
    }

    /** Reads every event in order with a cursor, deserialises it, writes one row per event in batches. */
    private static long baseline(JdbcTemplate jdbc) throws Exception {
        var json = new ObjectMapper();
        jdbc.execute("drop table if exists public.benchmark_view");
        jdbc.execute("""
                create table public.benchmark_view (global_index bigint primary key, aggregate_id varchar(255),
                  event_type varchar(255), fields integer, body jsonb)""");
        long count = 0;
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var read = connection.prepareStatement("""
                    select global_index, aggregate_identifier, payload_type, payload from domain_event_entry
                    order by global_index""");
                 var write = connection.getMetaData().getConnection().prepareStatement("""
                    insert into public.benchmark_view (global_index, aggregate_id, event_type, fields, body)
                    values (?, ?, ?, ?, ?::jsonb)""")) {
                read.setFetchSize(1000);
                try (var rows = read.executeQuery()) {
                    int batch = 0;
                    while (rows.next()) {
                        var payload = json.readTree(rows.getBytes(4));
                        write.setLong(1, rows.getLong(1));
                        write.setString(2, rows.getString(2));
                        write.setString(3, rows.getString(3));
                        write.setInt(4, payload.size());
                        write.setString(5, json.writeValueAsString(payload));
                        write.addBatch();
                        count++;
                        if (++batch == 500) {
                            write.executeBatch();
                            batch = 0;
                        }
                    }
                    write.executeBatch();
                }
            }
            connection.commit();
        }
        return count;
    }
}
