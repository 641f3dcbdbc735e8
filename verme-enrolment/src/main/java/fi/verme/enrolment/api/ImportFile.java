package fi.verme.enrolment.api;

import java.util.List;

/**
 * A file read for import ({@link ReadImportFile}): its header (the first row that is not empty) and its other rows,
 * each as wide as the header, blank ones left out.
 */
public record ImportFile(List<String> header, List<ImportRow> rows) {

    /** The most columns a file for import may have. */
    public static final int MAX_COLUMNS = 200;
}
