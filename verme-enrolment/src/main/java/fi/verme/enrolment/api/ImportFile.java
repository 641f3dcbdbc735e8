package fi.verme.enrolment.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * A file read for import ({@link ReadImportFile}): its header (the first row that is not empty), its other rows, each
 * as wide as the header, blank ones left out, and the SHA-256 of the file's bytes (hexadecimal), by which an import
 * records which file it was.
 */
public record ImportFile(List<String> header, List<ImportRow> rows, String sha256) {

    /** The most columns a file for import may have. */
    public static final int MAX_COLUMNS = 200;

    /**
     * The field each column fills, guessed from its header by {@code guess} (null: none): each field from the first
     * column that names it, a later column naming it again left out.
     */
    public <F> List<F> guessColumns(Function<String, F> guess) {
        var columns = new ArrayList<F>();
        var taken = new HashSet<F>();
        for (var name : header) {
            var field = guess.apply(name);
            columns.add(field == null || !taken.add(field) ? null : field);
        }
        return columns;
    }
}
