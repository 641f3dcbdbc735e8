package fi.verme.app.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild's writes, held and sent in batches per table and SQL, leave every table as the same writes sent one
 * by one in the order given, on a real PostgreSQL.
 */
class BatchingJdbcTemplateTest {

    private static EmbeddedDatabase database;
    private static HikariDataSource pool;
    private static BatchingJdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.ephemeral();
        pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        jdbc = new BatchingJdbcTemplate(pool);
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        pool.close();
        database.close();
    }

    /** The statements of a view over a table of groups' meetings (g, m), each order-sensitive. */
    private static List<String> statements(String table, boolean keyedByGroupAndMeeting) {
        return List.of(
                "insert into " + table + " (g, m, a, b, last) values (?, ?, ?, 0, ?) on conflict do nothing",
                "update " + table + " set a = a * 3 + ?, last = ? where m = ? and g = ? and last < ?",
                "update " + table + " set b = b * 2 + ? where g = ? and m = ?",
                "delete from " + table + " where g = ? and m = ?",
                // Every row of a group: names no one row.
                "update " + table + " set b = b + ? where g = ?",
                "insert into " + table + " (g, m, a, b, last) values (?, ?, ?, ?, ?) " + (keyedByGroupAndMeeting
                        ? "on conflict (g, m) do update set a = excluded.a + " + table + ".a, last = excluded.last"
                        : "on conflict do nothing"),
                // Several rows, one per meeting given: names no one row.
                "insert into " + table + " (g, m, a, b, last) select ?, m, ?, 0, ? from unnest(?::text[]) as m"
                        + " on conflict do nothing");
    }

    private static void write(JdbcTemplate template, String table, boolean keyed, Random random, int step) {
        var g = "G" + random.nextInt(3);
        var m = "M" + random.nextInt(12);
        int n = random.nextInt(100);
        var sql = statements(table, keyed);
        switch (random.nextInt(11)) {
            case 0, 1, 2 -> template.update(sql.get(0), g, m, n, step);
            case 3, 4 -> template.update(sql.get(1), n, step, m, g, step);
            case 5, 6 -> template.update(sql.get(2), n, g, m);
            case 7 -> template.update(sql.get(3), g, m);
            case 8 -> template.update(sql.get(4), n, g);
            case 9 -> template.update(sql.get(5), g, m, n, n, step);
            default -> template.update(sql.get(6), g, n, step, new String[] {m, "M" + random.nextInt(12)});
        }
    }

    private static List<String> rows(String table) {
        return jdbc.queryForList("select concat_ws(' ', g, m, a, b, last) from " + table + " order by 1",
                String.class);
    }

    private void assertSameAsOneByOne(String columns, long seed, int writes, BiConsumer<String, Random> between) {
        for (var table : List.of("batched", "one_by_one")) {
            jdbc.execute("drop table if exists " + table);
            jdbc.execute("create table " + table + " (" + columns + ")");
        }
        boolean keyed = columns.contains("primary key (g, m)");
        var batched = new Random(seed);
        jdbc.batchingUpdates(() -> {
            for (int step = 1; step <= writes; step++) {
                write(jdbc, "batched", keyed, batched, step);
                between.accept("batched", batched);
            }
        });
        var plain = new JdbcTemplate(jdbc.getDataSource());
        var oneByOne = new Random(seed);
        for (int step = 1; step <= writes; step++) {
            write(plain, "one_by_one", keyed, oneByOne, step);
            between.accept("one_by_one", oneByOne);
        }
        assertThat(rows("batched")).isNotEmpty().isEqualTo(rows("one_by_one"));
    }

    @Test
    void writesToOneTableByKeyComeOutAsInTheOrderGiven() {
        for (long seed = 1; seed <= 5; seed++) {
            assertSameAsOneByOne("g text, m text, a bigint, b bigint, last int, primary key (g, m)", seed, 1_500,
                    (table, random) -> { });
        }
    }

    @Test
    void aReadBetweenWritesSeesEveryWriteBeforeIt() {
        var seen = new ArrayList<List<Long>>();
        assertSameAsOneByOne("g text, m text, a bigint, b bigint, last int, primary key (g, m)", 7, 600,
                (table, random) -> {
                    if (random.nextInt(50) == 0) {
                        seen.add(jdbc.queryForList("select coalesce(sum(a * 7 + b), 0) from " + table, Long.class));
                    }
                });
        assertThat(seen).hasSizeGreaterThan(4);
        assertThat(seen.subList(0, seen.size() / 2)).isEqualTo(seen.subList(seen.size() / 2, seen.size()));
    }

    @Test
    void aWriteThatReadsOnlyItsArgumentsIsHeldForItsTable() {
        assertThat(BatchingJdbcTemplate.tableWritten("""
                insert into meetings.attendance (person_id, meeting_id, minutes)
                select person_id, ?, ?::int from unnest(?::varchar[]) as person_id on conflict do nothing"""))
                .isEqualTo("meetings.attendance");
        assertThat(BatchingJdbcTemplate.tableWritten(
                "insert into t (a, b) select x, y from unnest(?, ?) u(x, y)")).isEqualTo("t");
        assertThat(BatchingJdbcTemplate.tableWritten("update t set a = ? where k = ?")).isEqualTo("t");
        for (var reading : List.of(
                "insert into t (a) select a from other",
                "insert into t (a) select x from unnest(?) as x join other o on o.a = x",
                "insert into t (a) select x from unnest(?) as x, other",
                "insert into t (a) select x from unnest(?) as x where x in (select a from other)",
                "insert into t (a, b) select x, (select max(b) from other) from unnest(?) as x",
                "insert into t (a) select x from unnest((select array_agg(a) from other)) as x",
                "insert into t (a) select x from unnest(?) as x on conflict (a) do update set b = (select 1 from o)",
                "update t set a = (select a from other) where k = ?",
                "delete from t using other where t.k = other.k",
                // Found by an outside review (2026-12-03): other ways of reading another table.
                "insert into t (a, b) select x, (table other) from unnest(?) as x",
                "INSERT INTO t (a) SELECT x FROM UNNEST(?::TEXT[]) AS x WHERE EXISTS (TABLE other)",
                "insert into t (a) select x from unnest(?) as x on conflict (a) do update set b = (table other)",
                "insert into t (a) select x from unnest(?) as x on conflict do nothing returning (table other)",
                "insert into t (a) select o.a\nfrom\nother o\norder by o.a is distinct from unnest(?) desc",
                "update t set a = o.a\nfrom other o\nwhere o.k = t.k",
                "delete from t\nusing other o\nwhere o.k = t.k",
                "insert into t (a) values ((table other))",
                // Not the table's own name.
                "update only t set a = ? where k = ?",
                "insert into s.\"t\" (a) values (?)")) {
            assertThat(BatchingJdbcTemplate.tableWritten(reading)).as(reading).isNull();
        }
    }

    /** An address moved from one person to another: the key does not tell the rows apart, the address does. */
    @Test
    void aTableWithAnotherUniqueIndexKeepsItsWritesInTheOrderGiven() {
        jdbc.execute("drop table if exists person_address");
        jdbc.execute("create table person_address (id text primary key, email text unique)");
        var insert = "insert into person_address (id, email) values (?, ?) on conflict do nothing";
        jdbc.batchingUpdates(() -> {
            jdbc.update(insert, "1", "a@example.org");
            jdbc.update("update person_address set email = ? where id = ?", "b@example.org", "1");
            jdbc.update(insert, "2", "a@example.org");
        });
        assertThat(jdbc.queryForList("select id || ' ' || email from person_address order by id", String.class))
                .containsExactly("1 b@example.org", "2 a@example.org");
    }

    /**
     * Rows numbered or stamped as they come keep what the order given gives them; columns of the transaction's time
     * or computed from the row's own values do not hold the rows' writes to that order. Counted by the batches sent:
     * three SQL runs for rows a, b, c in the order given, two when a and c share one.
     */
    @Test
    void aTableThatNumbersItsRowsAsTheyComeKeepsTheOrderGiven() {
        var batches = new AtomicInteger();
        var counting = new BatchingJdbcTemplate(pool) {
            @Override
            public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
                batches.incrementAndGet();
                return super.batchUpdate(sql, batchArgs);
            }
        };
        for (var column : List.of("n bigserial", "n bigint generated always as identity",
                "n text default to_char(clock_timestamp(), 'SSSSSUS')", "at timestamptz default now()",
                "search text generated always as (regexp_replace(lower(note), '[x]', '', 'g')) stored")) {
            counting.execute("drop table if exists numbered");
            counting.execute("create table numbered (id text primary key, note text, " + column + ")");
            batches.set(0);
            counting.batchingUpdates(() -> {
                counting.update("insert into numbered (id) values (?)", "a");
                counting.update("insert into numbered (id, note) values (?, ?)", "b", "x");
                counting.update("insert into numbered (id) values (?)", "c");
            });
            boolean numbered = column.startsWith("n ");
            assertThat(batches).as(column).hasValue(numbered ? 3 : 2);
            if (numbered) {
                assertThat(counting.queryForList("select id from numbered order by n::bigint, id", String.class))
                        .as(column).containsExactly("a", "b", "c");
            }
        }
    }

    /** A table whose rows the key alone does not tell apart keeps the order given, SQL by SQL. */
    @Test
    void aTableWithAnotherUniqueIndexOrWithoutAKeyKeepsTheOrderGiven() {
        assertSameAsOneByOne("g text, m text, a bigint, b bigint, last int, primary key (g, m), unique (g, m, last)",
                11, 1_500, (table, random) -> { });
        assertSameAsOneByOne("g text, m text, a bigint, b bigint, last int", 12, 1_500, (table, random) -> { });
        // Here an update of a group's meeting can take the key of another of its rows (the key is checked row by row
        // as the update goes), one by one as well as batched: a shorter sequence, which does not.
        assertSameAsOneByOne("g text, m text, a bigint, b bigint, last int, primary key (g, m, a)", 13, 500,
                (table, random) -> { });
    }
}
