package fi.verme.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark B's baseline: a plain JDBC program that reads every event in order, deserialises each with
 * Jackson and writes one view row per event in batches of 500.
 */
final class RebuildBaseline {

    private RebuildBaseline() {
    }

    /** Reads every event in order with a cursor, deserialises it, writes one row per event in batches. */
    static long run(JdbcTemplate jdbc) throws Exception {
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
