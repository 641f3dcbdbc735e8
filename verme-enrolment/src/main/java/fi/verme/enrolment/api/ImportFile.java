package fi.verme.enrolment.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

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
        return guessColumns(guess, Map.of());
    }

    /**
     * As {@link #guessColumns(Function)}, but a field with a test of its cells ({@code fits}) comes from the column,
     * of those that name it, with the most cells that pass (the first of them on a tie).
     */
    public <F> List<F> guessColumns(Function<String, F> guess, Map<F, Predicate<String>> fits) {
        var columns = new ArrayList<F>();
        var chosen = new HashMap<F, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var field = guess.apply(header.get(i));
            columns.add(null);
            if (field == null) {
                continue;
            }
            var earlier = chosen.get(field);
            var test = fits.get(field);
            if (earlier == null || test != null && fitting(i, test) > fitting(earlier, test)) {
                chosen.put(field, i);
            }
        }
        chosen.forEach((field, column) -> columns.set(column, field));
        return columns;
    }

    private long fitting(int column, Predicate<String> test) {
        return rows.stream().map(row -> row.cells().get(column)).filter(test).count();
    }
}
