package fi.verme.app.platform.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's {@link JdbcTemplate}, which can send a thread's writes in batches while it rebuilds views.
 * Inside {@link #batchingUpdates(Runnable)}, each plain {@code update(sql, args...)} that writes one table
 * and reads no other (an insert, update or delete without a subquery) is held, per table, in the order given; a
 * table's run of one SQL goes to PostgreSQL as one JDBC batch (one round trip for hundreds of rows) when that
 * table gets another SQL, when {@value #BATCH} are held, and at the end. Before any other statement of the
 * thread (a read, or a write that reads), everything held is sent, so it sees every write before it. The views
 * have no keys or triggers between their tables, so writes to different tables may go in either order. A held
 * update answers 1 row; the views' handlers do not look at the count. Outside it, and on every other thread,
 * it is the plain template.
 */
public class BatchingJdbcTemplate extends JdbcTemplate {

    static final int BATCH = 500;
    private static final Pattern ONE_TABLE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([\\w.]+)", Pattern.CASE_INSENSITIVE);

    private final ThreadLocal<Held> held = new ThreadLocal<>();

    /** Per table, the SQL held and its rows. */
    private static final class Held {
        final Map<String, Run> runs = new LinkedHashMap<>();
        boolean sending;
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
        var table = tableWritten(sql);
        if (table == null) {
            sendAll();
            return super.update(sql, args);
        }
        var run = batch.runs.get(table);
        if (run != null && !run.sql().equals(sql)) {
            send(table);
            run = null;
        }
        if (run == null) {
            run = new Run(sql, new ArrayList<>());
            batch.runs.put(table, run);
        }
        run.rows().add(args == null ? new Object[0] : args.clone());
        if (run.rows().size() >= BATCH) {
            send(table);
        }
        return 1;
    }

    /** The one table a statement writes, if it reads no other; else null. */
    static String tableWritten(String sql) {
        var matcher = ONE_TABLE.matcher(sql);
        if (!matcher.find()) {
            return null;
        }
        var rest = sql.substring(matcher.end()).toLowerCase(Locale.ROOT);
        if (rest.contains("select") || rest.contains(" from ") || rest.contains(" using ")) {
            return null;
        }
        return matcher.group(1).toLowerCase(Locale.ROOT);
    }

    /** Every statement of the template starts here: what the thread holds is sent before it. */
    @Override
    protected DataSource obtainDataSource() {
        var batch = held.get();
        if (batch != null && !batch.sending && !batch.runs.isEmpty()) {
            sendAll();
        }
        return super.obtainDataSource();
    }

    private void sendAll() {
        var batch = held.get();
        if (batch != null) {
            for (var table : List.copyOf(batch.runs.keySet())) {
                send(table);
            }
        }
    }

    private void send(String table) {
        var batch = held.get();
        var run = batch.runs.remove(table);
        if (run == null || run.rows().isEmpty()) {
            return;
        }
        batch.sending = true;
        try {
            super.batchUpdate(run.sql(), run.rows());
        } finally {
            batch.sending = false;
        }
    }
}
