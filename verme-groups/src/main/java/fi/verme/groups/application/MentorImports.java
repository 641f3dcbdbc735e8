package fi.verme.groups.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.enrolment.api.ClaimImportCommit;
import fi.verme.enrolment.api.ImportClosedException;
import fi.verme.enrolment.api.ImportRow;
import fi.verme.groups.api.ClaimMentorImportCommit;
import fi.verme.groups.api.FindMentorImport;
import fi.verme.groups.api.ForgetMentorImportRows;
import fi.verme.groups.api.MapMentorImport;
import fi.verme.groups.api.MentorImportField;
import fi.verme.groups.api.MentorImportNotFoundException;
import fi.verme.groups.api.MentorImportOutcome;
import fi.verme.groups.api.MentorImportRecord;
import fi.verme.groups.api.RecordMentorImport;
import fi.verme.groups.api.RecordMentorImportCommitted;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of mentor imports: a plain table ({@code groups.mentor_import}), as the enrolment module keeps its
 * imports, because an upload is not yet anything that happened. It keeps who uploaded which file for which organiser
 * and its rows until the commit; the commit itself is {@code RegisterPerson} and {@code RegisterMentor} per row, the
 * mentor's event naming the import in its metadata ({@code importId}). The rows, which name people, are forgotten on
 * the commit, after {@link MentorImportRecord#KEPT_FOR}, and when a person named in them is erased; what became of
 * each row stays, by line and mentor id only.
 */
@Component
class MentorImports {

    private static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    MentorImports(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @CommandHandler
    void handle(RecordMentorImport command, @MetaDataValue("actingUser") String actingUser) {
        discardExpired();
        jdbc.update("""
                insert into groups.mentor_import (import_id, organiser, file_name, file_sha256, uploaded_by, uploaded_at,
                    header, columns, file_rows, email_keys)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)""",
                command.importId(), command.organiser(), command.fileName(), command.fileSha256(),
                actingUser == null ? SYSTEM : actingUser, Timestamp.from(clock.instant()), write(command.header()),
                write(command.columns()), write(command.rows()), emailKeys(command.rows(), command.columns()));
    }

    @CommandHandler
    void handle(MapMentorImport command) {
        var current = pending(command.importId(), command.organiser());
        // Erasure finds a pending import by the addresses of every column that was ever read as one.
        jdbc.update("""
                update groups.mentor_import set columns = ?::jsonb,
                    email_keys = array(select distinct unnest(email_keys || ?::text[]))
                where import_id = ?""", write(command.columns()), emailKeys(current.rows(), command.columns()),
                command.importId());
    }

    @CommandHandler
    void handle(ClaimMentorImportCommit command) {
        pending(command.importId(), command.organiser());
        int claimed = jdbc.update("""
                update groups.mentor_import set committing_since = ?
                where import_id = ? and committed_at is null and file_rows is not null
                    and (committing_since is null or committing_since < ?)""",
                Timestamp.from(clock.instant()), command.importId(),
                Timestamp.from(clock.instant().minus(ClaimImportCommit.CLAIM_LAPSES_AFTER)));
        if (claimed == 0) {
            throw new ImportClosedException(command.importId());
        }
    }

    @CommandHandler
    void handle(RecordMentorImportCommitted command, @MetaDataValue("actingUser") String actingUser) {
        pending(command.importId(), command.organiser());
        jdbc.update("""
                update groups.mentor_import set committed_by = ?, committed_at = ?, outcomes = ?::jsonb,
                    file_rows = null, email_keys = null
                where import_id = ?""", actingUser == null ? SYSTEM : actingUser, Timestamp.from(clock.instant()),
                write(command.outcomes()), command.importId());
    }

    /** Part of a person's erasure, in its transaction: forgets the rows of every pending import that names them. */
    @CommandHandler
    void handle(ForgetMentorImportRows command) {
        jdbc.update("""
                update groups.mentor_import set file_rows = null, email_keys = null, discarded_at = ?,
                    discarded_reason = 'ERASURE'
                where file_rows is not null and ? = any(email_keys)""", Timestamp.from(clock.instant()),
                emailKey(command.email()));
    }

    @QueryHandler
    Optional<MentorImportRecord> find(FindMentorImport query) {
        return jdbc.query("""
                select import_id, organiser, file_name, file_sha256, uploaded_by, uploaded_at, header, columns,
                    file_rows, committed_by, committed_at, outcomes, discarded_at, discarded_reason
                from groups.mentor_import where import_id = ? and organiser = ?""",
                (rs, row) -> record(rs), query.importId(), query.organiser())
                .stream().findFirst().map(this::expiredIfOld);
    }

    /** Forgets the rows of the imports that have waited longer than {@link MentorImportRecord#KEPT_FOR}. */
    private void discardExpired() {
        jdbc.update("""
                update groups.mentor_import set file_rows = null, email_keys = null,
                    discarded_at = uploaded_at + ?::interval, discarded_reason = 'EXPIRED'
                where file_rows is not null and uploaded_at < ?""",
                MentorImportRecord.KEPT_FOR.toSeconds() + " seconds",
                Timestamp.from(clock.instant().minus(MentorImportRecord.KEPT_FOR)));
    }

    /** An import whose time is up reads as discarded even before the next upload has actually removed its rows. */
    private MentorImportRecord expiredIfOld(MentorImportRecord found) {
        var until = found.uploadedAt().plus(MentorImportRecord.KEPT_FOR);
        if (!found.pending() || clock.instant().isBefore(until)) {
            return found;
        }
        return new MentorImportRecord(found.importId(), found.organiser(), found.fileName(), found.fileSha256(),
                found.uploadedBy(), found.uploadedAt(), found.header(), found.columns(), List.of(), null, null, null,
                until, "EXPIRED");
    }

    private MentorImportRecord pending(String importId, String organiser) {
        var found = find(new FindMentorImport(importId, organiser))
                .orElseThrow(() -> new MentorImportNotFoundException(importId));
        if (!found.pending()) {
            throw new ImportClosedException(importId);
        }
        return found;
    }

    private MentorImportRecord record(ResultSet rs) throws SQLException {
        return new MentorImportRecord(rs.getString("import_id"), rs.getString("organiser"), rs.getString("file_name"),
                rs.getString("file_sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                read(rs.getString("header"), new TypeReference<List<String>>() { }),
                read(rs.getString("columns"), new TypeReference<List<MentorImportField>>() { }),
                rs.getString("file_rows") == null ? List.of()
                        : read(rs.getString("file_rows"), new TypeReference<List<ImportRow>>() { }),
                rs.getString("committed_by"), instant(rs.getTimestamp("committed_at")),
                rs.getString("outcomes") == null ? null
                        : read(rs.getString("outcomes"), new TypeReference<List<MentorImportOutcome>>() { }),
                instant(rs.getTimestamp("discarded_at")), rs.getString("discarded_reason"));
    }

    /** The rows' e-mail addresses as the register compares them, from the column read as one, if any. */
    private static String[] emailKeys(List<ImportRow> rows, List<MentorImportField> columns) {
        int column = columns.indexOf(MentorImportField.EMAIL);
        return column < 0 ? new String[0] : rows.stream()
                .map(row -> column < row.cells().size() ? row.cells().get(column) : null)
                .filter(cell -> cell != null && !cell.isBlank()).map(MentorImports::emailKey).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
    }

    /** As the person register knows a person: the address without surrounding spaces, in lower case. */
    private static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
