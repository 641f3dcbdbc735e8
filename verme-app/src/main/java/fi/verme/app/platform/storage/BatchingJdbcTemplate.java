package fi.verme.app.platform.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's {@link JdbcTemplate}, which can send a thread's writes in batches while it rebuilds views.
 * Inside {@link #batchingUpdates(Runnable)}, each plain {@code update(sql, args...)} that writes one table
 * and reads no other (an insert, update or delete without a subquery) is held, per table; a table's writes go to
 * PostgreSQL as JDBC batches, one per SQL (one round trip for hundreds of rows), when {@value #BATCH} are held
 * and at the end. Before any other statement of the thread (a read, or a write that reads), everything held is
 * sent, so it sees every write before it. The views have no keys or triggers between their tables, so writes to
 * different tables may go in either order.
 *
 * <p>Within a table, a batch per SQL changes the order of the writes. That is kept exact by the row each write
 * touches ({@link RowKeys}): where a statement names its row by the table's primary key (an insert's key
 * columns, an update's or delete's {@code key = ?} conditions), and nothing else in the table depends on the
 * order of its rows' writes (see {@link #primaryKey}), each row's writes stay in the order given, and writes to
 * different rows do not meet. A write that would have to go before an earlier write of its row (the batches
 * go in the order their SQL was first held) sends the table's batches first. A statement whose row is not known
 * goes alone: the table's batches are sent before a different SQL joins it. A held update answers 1 row; the
 * views' handlers do not look at the count. Outside it, and on every other thread, it is the plain template.
 */
public class BatchingJdbcTemplate extends JdbcTemplate {

    static final int BATCH = 500;
    private static final Pattern ONE_TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+(?!only\\b)([\\w.]+)(?=[\\s(]|$)",
            Pattern.CASE_INSENSITIVE);
    /** Words that read a relation: {@code table other} is {@code select * from other}. */
    private static final Pattern READS = Pattern.compile("\\b(?:select|from|using|table)\\b");

    /** An insert's columns, then {@code select} of a list {@code from unnest(...)} of arguments, then the rest. */
    private static final Pattern FROM_ARRAYS = Pattern.compile(
            "^(\\s*\\([^)]*\\))\\s*select\\s+(.*?)\\s+from\\s+unnest\\s*\\((?:\\s*\\?(?:::\\w+\\[])?\\s*,?)+\\)"
                    + "\\s*(?:as\\s+)?\\w+(?:\\s*\\(\\s*\\w+(?:\\s*,\\s*\\w+)*\\s*\\))?(\\s+on\\s+conflict\\b.*)?$",
            Pattern.DOTALL);

    private final ThreadLocal<Held> held = new ThreadLocal<>();
    private final RowKeys rowKeys = new RowKeys();

    /** Per table, the batches held, and its key as read for this thread's work; per statement, its table. */
    private static final class Held {
        final Map<String, Table> tables = new LinkedHashMap<>();
        final Map<String, Optional<List<String>>> keys = new HashMap<>();
        final Map<String, Optional<String>> tableOfStatement = new HashMap<>();
        boolean sending;
    }

    /**
     * One table's batches, in the order their SQL was first held, and for each row held, the last batch that
     * writes it. Either every statement held names its row, or there is one batch and its rows are not known.
     */
    private static final class Table {
        final List<Run> runs = new ArrayList<>();
        final Map<List<String>, Integer> lastRunOfRow = new HashMap<>();
        boolean rowsUnknown;
        int statements;

        /** The batch the statement joins, or -1 if the table's batches must be sent first. */
        int place(String sql, List<String> row) {
            int run = indexOf(sql);
            if (runs.isEmpty()) {
                return 0;
            }
            if (row == null || rowsUnknown) {
                return runs.size() == 1 && run == 0 ? 0 : -1;
            }
            if (run < 0) {
                run = runs.size();
            }
            var last = lastRunOfRow.get(row);
            return last != null && last > run ? -1 : run;
        }

        void hold(int at, String sql, Object[] args, List<String> row) {
            if (at == runs.size()) {
                runs.add(new Run(sql, new ArrayList<>()));
            }
            runs.get(at).rows().add(args);
            if (row == null) {
                rowsUnknown = true;
            } else {
                lastRunOfRow.put(row, at);
            }
            statements++;
        }

        private int indexOf(String sql) {
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).sql().equals(sql)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private record Run(String sql, List<Object[]> rows) {
    }

    BatchingJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    /** Runs the work with this thread's updates sent in batches, all of them sent before it returns. */
    public void batchingUpdates(Runnable work) {
        if (held.get() != null) {
            work.run();
            return;
        }
        held.set(new Held());
        try {
            work.run();
            sendAll();
        } finally {
            held.remove();
        }
    }

    @Override
    public int update(String sql, Object... args) throws DataAccessException {
        var batch = held.get();
        if (batch == null || batch.sending) {
            return super.update(sql, args);
        }
        // A rebuild sends the same few statements hundreds of thousands of times: each is read once.
        var table = batch.tableOfStatement
                .computeIfAbsent(sql, statement -> Optional.ofNullable(tableWritten(statement))).orElse(null);
        if (table == null) {
            sendAll();
            return super.update(sql, args);
        }
        var values = args == null ? new Object[0] : args.clone();
        // The table's key is read from PostgreSQL once in the work, which sends what is held.
        var key = batch.keys.get(table);
        if (key == null) {
            key = primaryKey(table);
            batch.keys.put(table, key);
        }
        var row = key.map(columns -> rowKeys.rowOf(sql, columns, values)).orElse(null);
        var writes = batch.tables.computeIfAbsent(table, name -> new Table());
        int at = writes.place(sql, row);
        if (at < 0) {
            send(table);
            writes = batch.tables.computeIfAbsent(table, name -> new Table());
            at = writes.place(sql, row);
        }
        writes.hold(at, sql, values, row);
        if (writes.statements >= BATCH) {
            send(table);
        }
        return 1;
    }

    /**
     * The one table a statement writes, if it reads no other; else null. An insert may take its rows from arrays
     * given as arguments ({@code insert into t (a, b) select x, ? from unnest(?::varchar[]) as x}), the rows of
     * one event written in one statement: its {@code select} reads nothing but the arrays. Any other word that
     * reads a relation ({@code select}, {@code from}, {@code using}, {@code table}) makes it a statement that
     * reads; a function that reads a table is not seen, and the views' writes call none.
     */
    static String tableWritten(String sql) {
        var matcher = ONE_TABLE.matcher(sql);
        if (!matcher.find()) {
            return null;
        }
        var rest = sql.substring(matcher.end()).toLowerCase(Locale.ROOT);
        var fromArrays = FROM_ARRAYS.matcher(rest);
        if (fromArrays.matches()) {
            rest = String.join(" ", fromArrays.group(1), fromArrays.group(2),
                    Objects.toString(fromArrays.group(3), ""));
        }
        if (READS.matcher(rest).find()) {
            return null;
        }
        return matcher.group(1).toLowerCase(Locale.ROOT);
    }

    /**
     * The table's primary key columns, if its rows may be written in an order other than the one given as long as
     * each row's writes keep theirs: a plain table with no other unique index, no foreign or exclusion constraint
     * (either way), no trigger, rule, child table or row security, no column numbered or filled by a volatile
     * function (a sequence, {@code clock_timestamp()}), and a key of text (of a deterministic collation),
     * identifiers or whole numbers, whose values compare as their text does.
     * Read from PostgreSQL's catalog once per table and rebuild, so a schema changed meanwhile (a newer release's
     * migration) is seen.
     */
    private Optional<List<String>> primaryKey(String table) {
        return Optional.ofNullable(queryForObject("""
                select case when exists (select 1 from pg_index o where o.indrelid = c.oid and o.indisunique
                                           and not o.indisprimary)
                              or exists (select 1 from pg_constraint k where k.contype in ('f', 'x')
                                           and (k.conrelid = c.oid or k.confrelid = c.oid))
                              or exists (select 1 from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal)
                              or c.relkind <> 'r' or c.relhasrules or c.relhassubclass or c.relrowsecurity
                              or exists (select 1 from pg_attribute a where a.attrelid = c.oid
                                           and a.attidentity <> '')
                              or exists (select 1 from pg_attrdef d cross join lateral regexp_matches(
                                             pg_get_expr(d.adbin, d.adrelid), '(\\w+)\\s*\\(', 'g') called
                                           join pg_proc f on f.proname = lower(called[1])
                                           where d.adrelid = c.oid and f.provolatile = 'v')
                              or exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid
                                           and a.attnum = any (i.indkey) left join pg_collation l
                                           on l.oid = a.attcollation
                                           where i.indrelid = c.oid and i.indisprimary
                                           and (a.atttypid not in ('text'::regtype, 'varchar'::regtype,
                                             'uuid'::regtype, 'int2'::regtype, 'int4'::regtype, 'int8'::regtype)
                                             or not coalesce(l.collisdeterministic, true)))
                            then null
                            else (select string_agg(a.attname, ',' order by a.attname) from pg_index i
                                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                                  where i.indrelid = c.oid and i.indisprimary) end
                from pg_class c where c.oid = ?::regclass""", String.class, table))
                .map(columns -> List.of(columns.split(",")));
    }

    /** Every statement of the template starts here: what the thread holds is sent before it. */
    @Override
    protected DataSource obtainDataSource() {
        var batch = held.get();
        if (batch != null && !batch.sending && !batch.tables.isEmpty()) {
            sendAll();
        }
        return super.obtainDataSource();
    }

    private void sendAll() {
        var batch = held.get();
        if (batch != null) {
            for (var table : List.copyOf(batch.tables.keySet())) {
                send(table);
            }
        }
    }

    private void send(String table) {
        var batch = held.get();
        var writes = batch.tables.remove(table);
        if (writes == null) {
            return;
        }
        batch.sending = true;
        try {
            for (var run : writes.runs) {
                batchUpdate(run.sql(), run.rows());
            }
        } finally {
            batch.sending = false;
        }
    }
}
