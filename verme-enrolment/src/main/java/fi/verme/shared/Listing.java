package fi.verme.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a reader asks of a long list (the enrolments, the waiting list, the outbox): the words every row
 * shown must contain, the column to sort by and which way, and which page. Built from a request's
 * parameters by {@link #of}, which refuses what the list cannot do with the parameter's name and what it
 * allows. Without {@code page} and {@code size} the list is not paged: every row, as before paging existed.
 *
 * <p>Words are compared folded ({@link #fold}): in lower case and without accents, so that {@code makela}
 * finds Mäkelä and {@code ÅKERBLOM} finds Åkerblom. A list kept in SQL keeps its searched text folded by
 * PostgreSQL's {@code translate(lower(…), FOLD_FROM, FOLD_TO)} in a generated column (no extension needed), and the
 * same table folds here: changing it needs migrations that fold those columns again (EnrolmentRosterTest compares).
 */
public record Listing(List<String> words, String sort, boolean descending, int page, Integer size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_SEARCH_LENGTH = 200;

    /** Letters with accents, in both cases, as folded to {@link #FOLD_TO}, position by position. */
    public static final String FOLD_FROM;
    public static final String FOLD_TO;

    static {
        // Letters that do not decompose into a base letter and a mark are given their base by hand.
        var lower = "áàâãäåāăąçćčďđéèêëēėęěíìîïīįłñńňóòôõöøōőŕřśšşßťúùûüūůűųýÿźżžæœ";
        var from = new StringBuilder();
        var to = new StringBuilder();
        for (char accented : lower.toCharArray()) {
            char plain = switch (accented) {
                case 'đ' -> 'd';
                case 'ł' -> 'l';
                case 'ø' -> 'o';
                case 'ß' -> 's';
                case 'æ' -> 'a';
                case 'œ' -> 'o';
                default -> Normalizer.normalize(String.valueOf(accented), Normalizer.Form.NFD).charAt(0);
            };
            from.append(accented);
            to.append(plain);
            char upper = Character.toUpperCase(accented);
            if (upper != accented) {
                from.append(upper);
                to.append(plain);
            }
        }
        FOLD_FROM = from.toString();
        FOLD_TO = to.toString();
    }

    public Listing {
        words = List.copyOf(words);
    }

    /**
     * The listing a request asks for. {@code q} is split into words at white space; {@code sort} is a column
     * of {@code columns}, optionally followed by {@code ,asc} or {@code ,desc} (without it, {@code defaultSort});
     * {@code page} counts from 1; a page has {@code size} rows, {@value #DEFAULT_SIZE} when only {@code page} is
     * given, at most {@value #MAX_SIZE}.
     */
    public static Listing of(String q, String sort, Integer page, Integer size, Collection<String> columns,
                             String defaultSort) {
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            throw new InvalidInputException("q", "text of at most " + MAX_SEARCH_LENGTH + " characters");
        }
        var words = q == null || q.isBlank() ? List.<String>of()
                : Arrays.stream(q.strip().split("\\s+")).map(Listing::fold).distinct().toList();
        var chosen = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        var parts = chosen.split(",", -1);
        boolean directionValid = parts.length == 1
                || parts.length == 2 && (parts[1].equals("asc") || parts[1].equals("desc"));
        if (!columns.contains(parts[0]) || !directionValid) {
            throw new InvalidInputException("sort", "one of " + String.join(", ", columns)
                    + ", optionally followed by ,asc or ,desc (e.g. " + defaultSort + ",desc)");
        }
        if (page != null && page < 1) {
            throw new InvalidInputException("page", "a whole number from 1");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidInputException("size", "a whole number from 1 to " + MAX_SIZE);
        }
        Integer pageSize = size != null ? size : page != null ? Integer.valueOf(DEFAULT_SIZE) : null;
        return new Listing(words, parts[0], parts.length == 2 && parts[1].equals("desc"),
                page == null ? 1 : page, pageSize);
    }

    /** Every row, sorted by the given column ascending: what a list answers when asked without parameters. */
    public static Listing all(String sort) {
        return new Listing(List.of(), sort, false, 1, null);
    }

    /** Whether one page is asked for; otherwise every row. */
    public boolean paged() {
        return size != null;
    }

    /** The rows to skip before the page. */
    public long offset() {
        return paged() ? (long) (page - 1) * size : 0;
    }

    /** The most rows to answer. */
    public int limit() {
        return paged() ? size : Integer.MAX_VALUE;
    }

    /** Whether every word occurs in one of the texts (folded): for a list filtered in memory. */
    public boolean matches(String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        var haystack = fold(Arrays.stream(texts).filter(t -> t != null).collect(Collectors.joining(" ")));
        return words.stream().allMatch(haystack::contains);
    }

    /**
     * Text in the order a Finnish reader sorts it (å, ä, ö after z), a name typed decomposed (NFD) beside its composed
     * spelling: for a list sorted in memory. The database sorts the same texts normalised to NFC ({@link #NFC}).
     */
    public static Comparator<String> finnish() {
        var collator = Collator.getInstance(Locale.forLanguageTag("fi"));
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator::compare;
    }

    /** The SQL that sorts a text column composed (NFC), so a decomposed name sorts beside its composed spelling. */
    public static String composed(String column) {
        return "normalize(" + column + ", NFC)";
    }

    /** This listing's page of rows already filtered and sorted in memory. */
    public <T> List<T> pageOf(List<T> rows) {
        if (offset() >= rows.size()) {
            return List.of();
        }
        return rows.subList((int) offset(), (int) Math.min(rows.size(), offset() + limit()));
    }

    /**
     * A text in lower case without accents, as it is compared: an accent typed as a combining mark of its own
     * (decomposed text, NFD; U+0300 to U+036F) is left out too, as the migrations' regexp_replace leaves it out.
     */
    public static String fold(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        var folded = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            if (c >= '\u0300' && c <= '\u036f') {
                continue;
            }
            int at = FOLD_FROM.indexOf(c);
            folded.append(at < 0 ? c : FOLD_TO.charAt(at));
        }
        return folded.toString();
    }
}
