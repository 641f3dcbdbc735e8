package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * Keeps an uploaded enrolment file, read into rows, until a coordinator commits it: nothing is enrolled yet. The
 * acting user is taken from the command's metadata.
 */
public record RecordImport(
        String importId,
        ProgrammeYear programmeYear,
        String fileName,
        String fileSha256,
        List<String> header,
        List<ImportRow> rows,
        ImportMapping mapping) {
}
