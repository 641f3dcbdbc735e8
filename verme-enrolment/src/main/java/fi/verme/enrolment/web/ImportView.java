package fi.verme.enrolment.web;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ImportField;
import fi.verme.enrolment.api.ImportProblem;
import fi.verme.enrolment.api.ImportRowStatus;
import fi.verme.enrolment.api.Role;
import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;

/**
 * An import of enrolments as the coordinator sees it: the file (name, SHA-256, who uploaded it and when), its columns
 * with the field each is read as, the file's own words for themes, roles and career stages with what each is read
 * as, and every row: while it is {@code PENDING}, as the commit would record it or why it would be rejected; once
 * {@code COMMITTED}, what the commit did (the rows' contents are no longer kept); {@code DISCARDED} when its rows were
 * forgotten before a commit ({@code discardedReason}: {@code EXPIRED} after seven days, or {@code ERASURE}).
 */
record ImportView(
        String importId,
        ProgrammeYear programmeYear,
        String fileName,
        String fileSha256,
        String uploadedBy,
        Instant uploadedAt,
        State state,
        String committedBy,
        Instant committedAt,
        Instant discardedAt,
        String discardedReason,
        boolean callOpen,
        List<Column> columns,
        List<ThemeValue> themeValues,
        List<RoleValue> roleValues,
        List<CareerStageValue> careerStageValues,
        Summary summary,
        List<Row> rows) {

    enum State { PENDING, COMMITTED, DISCARDED }

    /** A column of the file: its position from 0, its header, and the form's field it fills (null: left out). */
    record Column(int index, String header, ImportField field) {
    }

    /** A theme as the file writes it, and the call's theme code it is read as (null: none of the call's). */
    record ThemeValue(String value, String code) {
    }

    /** A role as the file writes it, and the role it is read as (null: none Verme knows). */
    record RoleValue(String value, Role role) {
    }

    /** A career stage as the file writes it, and the stage it is read as (null: none Verme knows). */
    record CareerStageValue(String value, CareerStage careerStage) {
    }

    /** How many rows there are, and how many of them are or were of each status. */
    record Summary(int rows, int toRecord, int recorded, int alreadyEnrolled, int withdrawn, int rejected) {
    }

    /**
     * One row: its line in the file (the header is line 1), its status, the enrolment it made or matched, the form as
     * it would be (or was) sent while the import is pending, and why it is rejected.
     */
    record Row(int line, ImportRowStatus status, String enrolmentId, EnrolmentRequest enrolment,
               List<ImportProblem> problems) {
    }
}
