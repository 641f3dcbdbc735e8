package fi.verme.app.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.app.platform.web.ProjectionBarrier;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A programme year's whole history as NDJSON, one event per line in global order, read through a
 * database cursor and written as it is read, so memory stays constant however long the year is.
 * Each line carries the stored payload and metadata as stored, and the event's hash-chain link,
 * so that an auditor can verify the export on their own machine.
 */
@RestController
class EventExport {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;
    private final ProjectionBarrier index;

    EventExport(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json, ProjectionBarrier index) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.index = index;
    }

    /**
     * {@code through}: the position of the last event to export, a checkpoint's, so that the checkpoint taken before
     * the export covers every line of it; without it, every event of the year stored so far.
     */
    @GetMapping("/api/programmes/{organiser}/{schoolYear}/events")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String organiser, @PathVariable String schoolYear,
                                                 @RequestParam(required = false) Long through) {
        var year = new ProgrammeYear(organiser, schoolYear);
        if (through != null && through < 0) {
            throw new InvalidInputException("through", "a position, 0 or more (a checkpoint's position)");
        }
        index.awaitForRead();
        long last = through == null ? Long.MAX_VALUE : through;
        StreamingResponseBody body = out -> readOnly.executeWithoutResult(status -> write(year, last, out));
        return ResponseEntity.ok().contentType(NDJSON)
                .header("Content-Disposition", "attachment; filename=\"verme-" + organiser + "-" + schoolYear
                        + "-events.ndjson\"")
                .body(body);
    }

    private void write(ProgrammeYear year, long through, OutputStream out) {
        try (var generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.setRootValueSeparator(null);
            jdbc.query("""
                    select e.global_index, e.event_identifier, e.payload_type, e.payload_revision, e.time_stamp,
                        e.aggregate_identifier, e.sequence_number, e.type, e.payload, e.meta_data,
                        c.link, c.previous_index
                    from app.event_programme p
                    join domain_event_entry e on e.global_index = p.global_index
                    left join app.event_chain c on c.global_index = p.global_index
                    where p.programme_year = ? and p.global_index <= ? order by p.global_index""",
                    rs -> {
                        line(generator, rs);
                    }, year.id(), through);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(JsonGenerator out, ResultSet rs) throws SQLException {
        try {
            var metadata = new String(rs.getBytes("meta_data"), StandardCharsets.UTF_8);
            var meta = json.readTree(metadata);
            out.writeStartObject();
            out.writeNumberField("position", rs.getLong("global_index"));
            out.writeStringField("eventId", rs.getString("event_identifier"));
            out.writeStringField("type", rs.getString("payload_type"));
            out.writeStringField("revision", rs.getString("payload_revision"));
            out.writeStringField("time", rs.getString("time_stamp"));
            out.writeStringField("aggregateType", rs.getString("type"));
            out.writeStringField("aggregateId", rs.getString("aggregate_identifier"));
            out.writeNumberField("sequence", rs.getLong("sequence_number"));
            out.writeStringField("actingUser", meta.path("actingUser").asText(null));
            out.writeStringField("correlationId", meta.path("correlationId").asText(null));
            out.writeStringField("payload", new String(rs.getBytes("payload"), StandardCharsets.UTF_8));
            out.writeStringField("metadata", metadata);
            var link = rs.getBytes("link");
            out.writeStringField("link", link == null ? null : HexFormat.of().formatHex(link));
            var previous = rs.getObject("previous_index");
            if (previous == null) {
                out.writeNullField("previousPosition");
            } else {
                out.writeNumberField("previousPosition", ((Number) previous).longValue());
            }
            out.writeEndObject();
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
