package fi.verme.enrolment.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.enrolment.api.ClaimImportCommit;
import fi.verme.enrolment.api.EnrolledEmails;
import fi.verme.enrolment.api.FindEnrolledEmails;
import fi.verme.enrolment.api.FindImport;
import fi.verme.enrolment.api.ImportClosedException;
import fi.verme.enrolment.api.ImportField;
import fi.verme.enrolment.api.ImportMapping;
import fi.verme.enrolment.api.ImportNotFoundException;
import fi.verme.enrolment.api.ImportOutcome;
import fi.verme.enrolment.api.ImportRecord;
import fi.verme.enrolment.api.ImportRow;
import fi.verme.enrolment.api.MapImport;
import fi.verme.enrolment.api.RecordImport;
import fi.verme.enrolment.api.RecordImportCommitted;
import fi.verme.enrolment.domain.PersonRegister;
import fi.verme.shared.ProgrammeYear;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register of enrolment imports: a plain table ({@code enrolment.enrolment_import}), like the person register,
 * because an upload is not yet anything that happened in the programme. It keeps who uploaded which file and its rows
 * until the commit; the commit itself is the form's own {@code SubmitEnrolment} per row, whose events name the import
 * in their metadata ({@code importId}). The rows, which name people, are forgotten on the commit, after
 * {@link ImportRecord#KEPT_FOR}, and when a person named in them is erased; what became of each row stays, by line and
 * enrolment id only.
 */
@Component
class EnrolmentImports {

    private static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    EnrolmentImports(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @CommandHandler
    void handle(RecordImport command, @MetaDataValue("actingUser") String actingUser) {
        discardExpired();
        var emails = command.rows().stream().map(row -> emailOf(row, command.mapping())).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        jdbc.update("""
                insert into enrolment.enrolment_import (import_id, programme_year, file_name, file_sha256, uploaded_by,
                    uploaded_at, header, mapping, file_rows, email_keys)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)""",
                command.importId(), command.programmeYear().id(), command.fileName(), command.fileSha256(),
                actingUser == null ? SYSTEM : actingUser, Timestamp.from(clock.instant()), write(command.header()),
                write(command.mapping()), write(command.rows()), emails);
    }

    @CommandHandler
    void handle(MapImport command) {
        var current = pending(command.importId(), command.programmeYear());
        var emails = current.rows().stream().map(row -> emailOf(row, command.mapping())).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        // Erasure finds a pending import by the addresses of every column that could be read as one.
        jdbc.update("""
                update enrolment.enrolment_import set mapping = ?::jsonb,
                    email_keys = array(select distinct unnest(email_keys || ?::text[]))
                where import_id = ?""", write(command.mapping()), emails, command.importId());
    }

    @CommandHandler
    void handle(ClaimImportCommit command) {
        pending(command.importId(), command.programmeYear());
        int claimed = jdbc.update("""
                update enrolment.enrolment_import set committing_since = ?
                where import_id = ? and committed_at is null and file_rows is not null
                    and (committing_since is null or committing_since < ?)""",
                Timestamp.from(clock.instant()), command.importId(),
                Timestamp.from(clock.instant().minus(ClaimImportCommit.CLAIM_LAPSES_AFTER)));
        if (claimed == 0) {
            throw new ImportClosedException(command.importId());
        }
    }

    @CommandHandler
    void handle(RecordImportCommitted command, @MetaDataValue("actingUser") String actingUser) {
        pending(command.importId(), command.programmeYear());
        jdbc.update("""
                update enrolment.enrolment_import set committed_by = ?, committed_at = ?, outcomes = ?::jsonb,
                    file_rows = null, email_keys = null
                where import_id = ?""", actingUser == null ? SYSTEM : actingUser, Timestamp.from(clock.instant()),
                write(command.outcomes()), command.importId());
    }

    @QueryHandler
    Optional<ImportRecord> find(FindImport query) {
        return jdbc.query("""
                select import_id, file_name, file_sha256, uploaded_by, uploaded_at, header, mapping, file_rows,
                    committed_by, committed_at, outcomes, discarded_at, discarded_reason
                from enrolment.enrolment_import where import_id = ? and programme_year = ?""",
                (rs, row) -> record(rs, query.programmeYear()), query.importId(), query.programmeYear().id())
                .stream().findFirst().map(this::expiredIfOld);
    }

    @QueryHandler
    EnrolledEmails enrolled(FindEnrolledEmails query) {
        var found = new HashMap<String, String>();
        var withdrawn = new HashMap<String, String>();
        if (query.emails().isEmpty()) {
            return new EnrolledEmails(found, withdrawn);
        }
        var keys = query.emails().stream().map(PersonRegister::emailKey).distinct().toArray(String[]::new);
        jdbc.query("""
                select p.email_key, a.enrolment_id from enrolment.person p
                join enrolment.active_enrolment a on a.person_id = p.person_id and a.programme_year = ?
                where p.email_key = any(?)""",
                rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                },
                query.programmeYear().id(), keys);
        // The roster is written in the same transaction as the enrolment's events, so it shows every withdrawal.
        jdbc.query("""
                select distinct on (p.email_key) p.email_key, r.enrolment_id from enrolment.person p
                join enrolment.roster_entry r on r.person_id = p.person_id and r.programme_year = ?
                    and r.status = 'WITHDRAWN'
                where p.email_key = any(?)
                order by p.email_key, r.withdrawn_at desc nulls last, r.enrolment_id""",
                rs -> {
                    if (!found.containsKey(rs.getString(1))) {
                        withdrawn.put(rs.getString(1), rs.getString(2));
                    }
                },
                query.programmeYear().id(), keys);
        return new EnrolledEmails(found, withdrawn);
    }

    /**
     * Forgets the rows of every pending import that names this e-mail address in any column that was ever read as
     * one: part of a person's erasure, in its transaction.
     */
    void forget(String emailKey) {
        jdbc.update("""
                update enrolment.enrolment_import set file_rows = null, email_keys = null, discarded_at = ?,
                    discarded_reason = 'ERASURE'
                where file_rows is not null and ? = any(email_keys)""", Timestamp.from(clock.instant()), emailKey);
    }

    /** Forgets the rows of the imports that have waited longer than {@link ImportRecord#KEPT_FOR}. */
    private void discardExpired() {
        var before = clock.instant().minus(ImportRecord.KEPT_FOR);
        jdbc.update("""
                update enrolment.enrolment_import set file_rows = null, email_keys = null, discarded_at = uploaded_at + ?::interval,
                    discarded_reason = 'EXPIRED'
                where file_rows is not null and uploaded_at < ?""",
                ImportRecord.KEPT_FOR.toSeconds() + " seconds", Timestamp.from(before));
    }

    /** An import whose time is up reads as discarded even before the next upload has actually removed its rows. */
    private ImportRecord expiredIfOld(ImportRecord found) {
        var until = found.uploadedAt().plus(ImportRecord.KEPT_FOR);
        if (!found.pending() || clock.instant().isBefore(until)) {
            return found;
        }
        return new ImportRecord(found.importId(), found.programmeYear(), found.fileName(), found.fileSha256(),
                found.uploadedBy(), found.uploadedAt(), found.header(), found.mapping(), List.of(), null, null, null,
                until, "EXPIRED");
    }

    private ImportRecord pending(String importId, ProgrammeYear year) {
        var found = find(new FindImport(importId, year)).orElseThrow(() -> new ImportNotFoundException(importId));
        if (!found.pending()) {
            throw new ImportClosedException(importId);
        }
        return found;
    }

    private ImportRecord record(ResultSet rs, ProgrammeYear year) throws SQLException {
        return new ImportRecord(rs.getString("import_id"), year, rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                read(rs.getString("header"), new TypeReference<List<String>>() { }),
                read(rs.getString("mapping"), new TypeReference<ImportMapping>() { }),
                rs.getString("file_rows") == null ? List.of() : read(rs.getString("file_rows"), new TypeReference<List<ImportRow>>() { }),
                rs.getString("committed_by"), instant(rs.getTimestamp("committed_at")),
                rs.getString("outcomes") == null ? null
                        : read(rs.getString("outcomes"), new TypeReference<List<ImportOutcome>>() { }),
                instant(rs.getTimestamp("discarded_at")), rs.getString("discarded_reason"));
    }

    /** The row's e-mail address as the register compares them, if a column is read as one. */
    private static String emailOf(ImportRow row, ImportMapping mapping) {
        int column = mapping.columns().indexOf(ImportField.EMAIL);
        if (column < 0 || column >= row.cells().size() || row.cells().get(column) == null
                || row.cells().get(column).isBlank()) {
            return null;
        }
        return PersonRegister.emailKey(row.cells().get(column));
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
