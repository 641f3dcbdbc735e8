package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verme.app.access.AccessRole;
import fi.verme.app.access.UserAccounts;
import fi.verme.app.platform.web.ProjectionBarrier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmarks B (rebuild) and D (growth) in one run, on the durable embedded PostgreSQL. The generator
 * writes organisers' current years through the real commands (about 10⁴ events); the store then grows
 * to 10⁵ and 10⁶ events ({@code -Dverme.benchmark.sizes}) by copying those organiser-years under new
 * organiser names with every identifier renamed, which takes a minute instead of the generator's forty.
 * At each size: every view rebuilt from the events, against the plain JDBC program that reads the same
 * events, deserialises them and writes a row per event in batches (B); then enrolments through HTTP from
 * 16 clients (D: p50 must not grow with the store). Last, a group calendar with a thousand events is
 * loaded by a command with its snapshot and without. Writes sections B and D of {@code docs/benchmarks.md}.
 * {@code mvn -B -pl verme-app -am test -Pbenchmark -Dtest=GrowthBenchmark}
 */
@Tag("benchmark")
class GrowthBenchmark {

    static final long[] SIZES = Arrays.stream(System.getProperty("verme.benchmark.sizes", "10000,100000,1000000")
            .split(",")).mapToLong(Long::parseLong).toArray();
    static final int BASE_ORGANISERS = Integer.getInteger("verme.benchmark.base-organisers", 36);
    static final long WRITE_NANOS = Long.getLong("verme.benchmark.seconds", 10) * 1_000_000_000L;
    static final int WRITE_CLIENTS = 16;
    static final int LONG_HISTORY = 1000;
    static final Pattern RENAMED = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|kunta-(\\d{3})");

    @TempDir
    Path dataDir;

    record Stored(String eventId, String aggregateId, long sequence, String type, String timestamp,
                  String payloadType, String revision, byte[] payload, byte[] metadata) {
    }

    record Stage(long events, double rebuildSeconds, double baselineSeconds, Load.Figures writes, RowWrites rows) {

        double rate() {
            return events / rebuildSeconds;
        }

        double baselineRate() {
            return events / baselineSeconds;
        }
    }

    @Test
    void rebuildGrowsLinearlyAndWritesDoNotSlowWithTheStore() throws Exception {
        long generating = System.nanoTime();
        var arguments = new ArrayList<>(List.of("--verme.data-dir=" + dataDir, "--verme.embedded.ephemeral=false",
                "--verme.demo.enabled=false", "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.fi.verme.app.demo=INFO", "--verme.public-form.per-address=100000",
                "--verme.public-form.per-call=100000", "--verme.public-form.per-email=100000",
                "--verme.generate.organisers=" + BASE_ORGANISERS, "--verme.generate.years=1"));
        arguments.addAll(Load.experimentalArguments());
        try (var application = VermeApplication.run(arguments.toArray(String[]::new))) {
            double generateSeconds = (System.nanoTime() - generating) / 1e9;
            int port = ((WebServerApplicationContext) application).getWebServer().getPort();
            var jdbc = application.getBean(JdbcTemplate.class);
            var processing = application.getBean(EventProcessingConfiguration.class);
            var api = new Api(port);
            var admin = api.as(TestAccounts.ADMIN, TestAccounts.PASSWORD);
            var base = jdbc.query("""
                    select event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                      payload_revision, payload, meta_data from domain_event_entry order by global_index""",
                    (rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9)));

            var stages = new ArrayList<Stage>();
            int views = 0;
            for (long size : SIZES) {
                growTo(size, base, jdbc, processing);
                // The audit's index, which streams, and its hash chain take the copies up first: the rebuild is
                // timed on its own, as the baseline is.
                assertThat(application.getBean(ProjectionBarrier.class).awaitViewsCurrent(Duration.ofMinutes(60)))
                        .isTrue();
                long chaining = System.nanoTime();
                awaitChained(jdbc);
                System.out.printf(Locale.ROOT, "hash chain caught up %.1f s after the index%n",
                        (System.nanoTime() - chaining) / 1e9);
                if (stages.isEmpty()) {
                    Views.rebuildAll(admin); // once to warm up, not measured
                }
                long events = count(jdbc);
                var before = RowWrites.of(jdbc);
                long rebuilding = System.nanoTime();
                views = Views.rebuildAll(admin).get("views").size();
                double rebuildSeconds = (System.nanoTime() - rebuilding) / 1e9;
                var rows = RowWrites.of(jdbc).minus(before);
                long baselineStarted = System.nanoTime();
                assertThat(RebuildBaseline.run(jdbc)).isEqualTo(events);
                double baselineSeconds = (System.nanoTime() - baselineStarted) / 1e9;
                var stage = new Stage(events, rebuildSeconds, baselineSeconds, writes(api, port), rows);
                System.out.printf(Locale.ROOT, "%d events: rebuild %.1f s (%.0f/s), baseline %.1f s, writes %s%n",
                        events, rebuildSeconds, stage.rate(), baselineSeconds, stage.writes());
                stages.add(stage);
            }
            var snapshots = longHistory(api, application.getBean(UserAccounts.class), jdbc);
            var machine = BenchmarkReport.machine(jdbc);
            var reproduce = String.format(Locale.ROOT, "%nReproduce: `mvn -B -pl verme-app -am test -Pbenchmark "
                    + "-Dtest=GrowthBenchmark` (generator %d organisers, %.0f s; the store grown by %d copies).%n",
                    BASE_ORGANISERS, generateSeconds, copied);
            var rebuild = rebuildSection(machine, views, stages) + reproduce;
            var growth = growthSection(machine, stages, snapshots) + reproduce;
            System.out.println(rebuild + "\n" + growth);
            BenchmarkReport.write("B.", rebuild);
            BenchmarkReport.write("D.", growth);
        }
    }

    private int copied;

    /**
     * Appends copies of the generated events until the store holds {@code size} events, with the
     * tracking processors stopped, then starts them again and waits until this instance holds them all. The
     * copies go past the views and the notices, which are kept in the writing transaction: the views get them by
     * the rebuild, and the notices, history that would have gone out long ago, never.
     */
    private void growTo(long size, List<Stored> base, JdbcTemplate jdbc, EventProcessingConfiguration processing)
            throws Exception {
        if (count(jdbc) < size) {
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
            for (long events = count(jdbc); events < size; events += base.size()) {
                copy(jdbc.getDataSource(), base, ++copied);
            }
            processing.eventProcessors().values().forEach(EventProcessor::start);
        }
        awaitClaims(processing);
    }

    /** Enrolments from {@value #WRITE_CLIENTS} clients into a new organiser's call, after as long a warm-up. */
    private static Load.Figures writes(Api api, int port) throws Exception {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var enrol = Load.enrolments(port, organiser);
        Load.run(WRITE_CLIENTS, 0, WRITE_NANOS, enrol);
        return Load.run(WRITE_CLIENTS, 0, WRITE_NANOS, enrol);
    }

    /** The audit's hash chain, which follows the index in the background, takes the copies up too. */
    private static void awaitChained(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (Boolean.FALSE.equals(jdbc.queryForObject("""
                select (select count(*) from app.event_programme) = (select count(*) from app.event_chain)""",
                Boolean.class))) {
            assertThat(System.nanoTime()).as("the hash chain caught up").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Until this instance holds every segment of every processor again, as it does after a restart. */
    private static void awaitClaims(EventProcessingConfiguration processing) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!processing.eventProcessors().values().stream().allMatch(processor ->
                !(processor instanceof StreamingEventProcessor streaming) || ProjectionBarrier.holdsEverySegment(streaming))) {
            assertThat(System.nanoTime()).as("claims within a minute").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /**
     * Appends one copy of the generated events: every identifier (a UUID, the organiser's name) renamed
     * the same way wherever it appears, in aggregate ids, payloads and metadata, so the copy is a
     * consistent set of other organisers' years.
     */
    private static void copy(DataSource dataSource, List<Stored> base, int copy) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                      time_stamp, payload_type, payload_revision, payload, meta_data)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int batch = 0;
                for (var event : base) {
                    insert.setString(1, rename(event.eventId(), copy));
                    insert.setString(2, rename(event.aggregateId(), copy));
                    insert.setLong(3, event.sequence());
                    insert.setString(4, event.type());
                    insert.setString(5, event.timestamp());
                    insert.setString(6, event.payloadType());
                    insert.setString(7, event.revision());
                    insert.setBytes(8, rename(event.payload(), copy));
                    insert.setBytes(9, event.metadata() == null ? null : rename(event.metadata(), copy));
                    insert.addBatch();
                    if (++batch == 1000) {
                        insert.executeBatch();
                        batch = 0;
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private static byte[] rename(byte[] text, int copy) {
        return rename(new String(text, StandardCharsets.UTF_8), copy).getBytes(StandardCharsets.UTF_8);
    }

    static String rename(String text, int copy) {
        Matcher matcher = RENAMED.matcher(text);
        var out = new StringBuilder(text.length() + 64);
        while (matcher.find()) {
            matcher.appendReplacement(out, matcher.group(1) != null
                    ? UUID.nameUUIDFromBytes((matcher.group(1) + "#" + copy).getBytes(StandardCharsets.UTF_8)).toString()
                    : "kunta-" + matcher.group(2) + "-c" + copy);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    record Snapshots(int history, double withSnapshotMillis, double fromEventsMillis) {
    }

    /**
     * A group calendar whose minutes were saved {@value #LONG_HISTORY} times: one more save loads it from its
     * snapshot and the events after it; the same save with the snapshots deleted first loads every event.
     * Each figure is the median of 20 saves through HTTP.
     */
    private static Snapshots longHistory(Api api, UserAccounts users, JdbcTemplate jdbc) throws Exception {
        var organiser = Programmes.freshOrganiser();
        Programmes.openCallOpenToday(api, organiser);
        var mentorId = Programmes.mentor(api, "Pitkä", "pitka." + organiser + "@example.fi");
        var mentorPerson = api.get("/api/mentors/" + mentorId).json().get("personId").asText();
        var groupId = Programmes.group(api, organiser, "UUDET", mentorId, 2, 6);
        for (int i = 0; i < 2; i++) {
            var enrolment = Programmes.enrol(api, organiser, "Jasen" + i, List.of("UUDET"), "Koulu");
            assertThat(api.post("/api/groups/" + groupId + "/participants", Map.of("enrolmentId", enrolment)).status())
                    .isEqualTo(200);
        }
        assertThat(api.post("/api/groups/" + groupId + "/start", Map.of()).status()).isEqualTo(200);
        var meeting = api.post("/api/groups/" + groupId + "/meetings", Map.of("date", Programmes.today().toString(),
                "startTime", "14:30", "plannedMinutes", 90, "place", "Koulu")).json().get("meetingId").asText();
        var members = new ArrayList<String>();
        api.get("/api/groups/" + groupId).json().get("members").forEach(m -> members.add(m.get("personId").asText()));
        assertThat(api.post("/api/meetings/" + meeting + "/held", Map.of("durationMinutes", 90, "attendees", members))
                .status()).isEqualTo(200);
        var mentor = Programmes.personApi(api, users, mentorPerson, AccessRole.MENTOR, organiser);
        var version = new int[] {0};
        java.util.concurrent.Callable<Long> save = () -> {
            long started = System.nanoTime();
            var saved = mentor.post("/api/meetings/" + meeting + "/minutes", Map.of("text", "Versio " + ++version[0]));
            if (saved.status() != 200) {
                throw new IllegalStateException(saved.raw().body());
            }
            return System.nanoTime() - started;
        };
        Load.run(1, LONG_HISTORY, Long.MAX_VALUE, save);
        String calendar = jdbc.queryForObject("select aggregate_identifier from domain_event_entry "
                + "where payload_type like '%MeetingScheduled' and position(? in convert_from(payload, 'UTF8')) > 0",
                String.class, meeting);
        int history = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, calendar);
        var withSnapshot = Load.run(1, 20, Long.MAX_VALUE, save);
        var fromEvents = Load.run(1, 20, Long.MAX_VALUE, () -> {
            jdbc.update("delete from snapshot_event_entry where aggregate_identifier = ?", calendar);
            return save.call();
        });
        return new Snapshots(history, withSnapshot.p50Millis(), fromEvents.p50Millis());
    }

    /**
     * The rows the views' tables took (inserted and updated), from PostgreSQL's own counters: every table but the
     * event store's, its tokens and snapshots. The baseline inserts one row per event.
     */
    record RowWrites(long inserted, long updated) {

        static RowWrites of(JdbcTemplate jdbc) throws InterruptedException {
            Thread.sleep(1500); // a server process reports its counters within a second of its transaction's end
            jdbc.execute("select pg_stat_clear_snapshot()");
            return jdbc.queryForObject("""
                    select coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0) from pg_stat_user_tables
                    where not (schemaname = 'public'
                      and relname in ('domain_event_entry', 'token_entry', 'snapshot_event_entry'))""",
                    (rs, row) -> new RowWrites(rs.getLong(1), rs.getLong(2)));
        }

        RowWrites minus(RowWrites earlier) {
            return new RowWrites(inserted - earlier.inserted, updated - earlier.updated);
        }
    }

    private static String rebuildSection(String machine, int views, List<Stage> stages) {
        var out = new StringBuilder(String.format(Locale.ROOT, "## B. Rebuild%n%n%s%n%n"
                + "Every view rebuilt from the events (`POST /api/admin/replays`, all %d views), against a plain JDBC "
                + "program that reads the same events in order, deserialises each with Jackson and writes a view row "
                + "per event in batches of 500, on the same PostgreSQL in the same run. The store: the generator's "
                + "organiser-years (through the real commands), grown by copies of them under new names (see D). "
                + "Target (issue 19): at least 50%% of the baseline's events per second at a million events, and a "
                + "million events in under 120 s. The rows the views' tables took in the rebuild (PostgreSQL's "
                + "`pg_stat_user_tables`), set against the baseline's one inserted row per event, show how much "
                + "more writing the views are than the baseline's one table.%n%n"
                + "| events | rebuild s | rebuild events/s | baseline s | baseline events/s | rebuild / baseline "
                + "| view rows inserted per event | updated per event |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|%n", machine, views));
        for (var stage : stages) {
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %.0f | %.1f | %.0f | %.0f %% | %.2f | %.2f |%n",
                    stage.events(), stage.rebuildSeconds(), stage.rate(), stage.baselineSeconds(),
                    stage.baselineRate(), 100 * stage.rate() / stage.baselineRate(),
                    (double) stage.rows().inserted() / stage.events(),
                    (double) stage.rows().updated() / stage.events()));
        }
        return out.toString();
    }

    private static String growthSection(String machine, List<Stage> stages, Snapshots snapshots) {
        var out = new StringBuilder(String.format(Locale.ROOT, "## D. Growth%n%n%s%n%n"
                + "The store at each size: the generator's organiser-years, written through the real commands, then "
                + "copies of them with every identifier and organiser name renamed, appended with JDBC while the "
                + "processors are stopped. At each size every view is rebuilt, then enrolments go through HTTP "
                + "from %d clients for %d s into a new organiser's call. Targets: rebuild time grows linearly "
                + "(log-log slope at most 1.1), and write p50 at the largest size within 20%% of the smallest.%n%n"
                + "| events | rebuild s | writes req/s | write p50 ms | write p99 ms | p50 against the smallest |%n"
                + "|---:|---:|---:|---:|---:|---:|%n", machine, WRITE_CLIENTS, WRITE_NANOS / 1_000_000_000L));
        var first = stages.get(0);
        for (var stage : stages) {
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %.0f | %.1f | %.1f | %+.0f %% |%n", stage.events(),
                    stage.rebuildSeconds(), stage.writes().perSecond(), stage.writes().p50Millis(),
                    stage.writes().p99Millis(), 100 * (stage.writes().p50Millis() / first.writes().p50Millis() - 1)));
        }
        out.append(String.format(Locale.ROOT, "%nLog-log slope of rebuild time against events (least squares over "
                + "the sizes): **%.2f**.%n%n", slope(stages)));
        out.append(String.format(Locale.ROOT, "A long history: a group calendar with %d events (its minutes saved "
                        + "%d times). Saving the minutes once more through HTTP: p50 **%.1f ms** loading its snapshot "
                        + "and the events after it, %.1f ms loading every event (the snapshots deleted first), each "
                        + "the median of 20 saves. Snapshots are taken every 100 events (`verme.snapshots.every`).%n",
                snapshots.history(), LONG_HISTORY, snapshots.withSnapshotMillis(), snapshots.fromEventsMillis()));
        return out.toString();
    }

    private static double slope(List<Stage> stages) {
        double n = stages.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (var stage : stages) {
            double x = Math.log(stage.events());
            double y = Math.log(stage.rebuildSeconds());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
