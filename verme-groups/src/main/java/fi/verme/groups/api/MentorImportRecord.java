package fi.verme.groups.api;

import fi.verme.enrolment.api.ImportRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A mentor import as the register keeps it: who uploaded which file (its SHA-256) for which organiser and when, its
 * header and the field of each column, its rows while it is pending (empty once it is committed or discarded), who
 * committed it and what became of each row, or when and why its rows were discarded ({@code EXPIRED},
 * {@code ERASURE}).
 */
public record MentorImportRecord(
        String importId,
        String organiser,
        String fileName,
        String fileSha256,
        String uploadedBy,
        Instant uploadedAt,
        List<String> header,
        List<MentorImportField> columns,
        List<ImportRow> rows,
        String committedBy,
        Instant committedAt,
        List<MentorImportOutcome> outcomes,
        Instant discardedAt,
        String discardedReason) {

    /** How long an import's rows wait for the commit before they are discarded, as the enrolment import's do. */
    public static final Duration KEPT_FOR = Duration.ofDays(7);

    public boolean pending() {
        return committedAt == null && discardedAt == null;
    }
}
