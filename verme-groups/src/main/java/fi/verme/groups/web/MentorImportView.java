package fi.verme.groups.web;

import fi.verme.enrolment.api.ImportProblem;
import fi.verme.groups.api.MentorImportField;
import fi.verme.groups.api.MentorImportRowStatus;
import java.time.Instant;
import java.util.List;

/**
 * An import of mentors as the coordinator sees it: the file (name, SHA-256, who uploaded it and when) and the organiser
 * the mentors would belong to, its columns with the field each is read as, and every row: while it is
 * {@code PENDING}, as the commit would register it or why it would be rejected; once {@code COMMITTED}, what the
 * commit did (the rows' contents are no longer kept); {@code DISCARDED} when its rows were forgotten before a commit
 * ({@code discardedReason}: {@code EXPIRED} after seven days, or {@code ERASURE}).
 */
record MentorImportView(
        String importId,
        String organiser,
        String fileName,
        String fileSha256,
        String uploadedBy,
        Instant uploadedAt,
        State state,
        String committedBy,
        Instant committedAt,
        Instant discardedAt,
        String discardedReason,
        List<Column> columns,
        Summary summary,
        List<Row> rows) {

    enum State { PENDING, COMMITTED, DISCARDED }

    /** A column of the file: its position from 0, its header, and the field it fills (null: left out). */
    record Column(int index, String header, MentorImportField field) {
    }

    /** How many rows there are, and how many of them are or were of each status. */
    record Summary(int rows, int toRecord, int recorded, int alreadyRegistered, int rejected) {
    }

    /**
     * One row: its line in the file (the header is line 1), its status, the mentor it registered or matched, the
     * registration as it would be sent while the import is pending, and why it is rejected.
     */
    record Row(int line, MentorImportRowStatus status, String mentorId, MentorRequest mentor,
               List<ImportProblem> problems) {
    }
}
