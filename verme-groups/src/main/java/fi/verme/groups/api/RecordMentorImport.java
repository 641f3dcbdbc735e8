package fi.verme.groups.api;

import fi.verme.enrolment.api.ImportRow;
import java.util.List;

/**
 * Keeps an uploaded file of mentors, read into rows, until a coordinator of the organiser commits it: nobody is
 * registered yet. {@code columns} names the field each column of the file fills (null: left out). The acting user is
 * taken from the command's metadata.
 */
public record RecordMentorImport(
        String importId,
        String organiser,
        String fileName,
        String fileSha256,
        List<String> header,
        List<ImportRow> rows,
        List<MentorImportField> columns) {
}
