package fi.verme.app.platform.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The row a one-table write touches, named by the table's primary key, read from the statement and its arguments:
 * an insert's key columns given as plain {@code ?} values, or an update's or delete's {@code where} of
 * {@code and}-ed conditions with {@code key = ?} for every key column (others, such as {@code last_change < ?},
 * only narrow it). An update that sets a key column (also an insert's {@code on conflict do update}), a
 * {@code where} with {@code or} or parentheses, and an insert of several rows name no row. Each statement is read
 * once.
 */
final class RowKeys {

    private static final Pattern INSERT = Pattern.compile(
            "^\\s*insert\\s+into\\s+[\\w.]+\\s*\\(([^)]*)\\)\\s*values\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE = Pattern.compile(
            "^\\s*update\\s+[\\w.]+\\s+set\\s+(.*?)\\s+where\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DELETE = Pattern.compile(
            "^\\s*delete\\s+from\\s+[\\w.]+\\s+where\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DO_UPDATE = Pattern.compile(
            "\\bdo\\s+update\\s+set\\s+(.*?)(?:\\s+where\\s+.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern KEY_EQUALS = Pattern.compile("^(\\w+)\\s*=\\s*\\?$");
    private static final Pattern ASSIGNED = Pattern.compile("^(\\w+)\\s*=");
    private static final Pattern LITERAL = Pattern.compile("'[^']*'");
    private static final Pattern OR = Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE);

    /** Per key and statement, the positions of its arguments that give the key's columns, in the key's order. */
    private final Map<List<String>, Map<String, Optional<int[]>>> positions = new ConcurrentHashMap<>();

    /**
     * The key of the row the statement writes, as text in lower case, or null if it names none. Two keys that
     * differ only in case are taken for one row, which only keeps their writes in the order given.
     */
    List<String> rowOf(String sql, List<String> key, Object[] args) {
        var at = positions.computeIfAbsent(key, columns -> new ConcurrentHashMap<>())
                .computeIfAbsent(sql, statement -> positionsOf(statement, key));
        if (at.isEmpty() || countPlaceholders(sql) != args.length) {
            return null;
        }
        var row = new ArrayList<String>(at.get().length);
        for (int position : at.get()) {
            var value = args[position];
            if (value == null) {
                return null;
            }
            row.add(String.valueOf(value).toLowerCase(Locale.ROOT));
        }
        return row;
    }

    /** Where the key's values are among the statement's arguments, if it names its row by them. */
    static Optional<int[]> positionsOf(String sql, List<String> key) {
        var columns = new HashMap<String, Integer>();
        var insert = INSERT.matcher(sql);
        var update = UPDATE.matcher(sql);
        var delete = DELETE.matcher(sql);
        if (insert.find()) {
            var names = insert.group(1).split(",");
            var values = topLevel(sql.substring(insert.end()), ',', ')');
            if (values == null || values.size() != names.length) {
                return Optional.empty();
            }
            int before = countPlaceholders(sql.substring(0, insert.end()));
            for (int i = 0; i < names.length; i++) {
                if (values.get(i).trim().equals("?")) {
                    columns.put(names[i].trim().toLowerCase(Locale.ROOT), before);
                }
                before += countPlaceholders(values.get(i));
            }
            var upsert = DO_UPDATE.matcher(sql);
            if (upsert.find() && !keepsKey(upsert.group(1), key)) {
                return Optional.empty();
            }
        } else if (update.find()) {
            int before = countPlaceholders(sql.substring(0, update.start(2)));
            if (!keepsKey(update.group(1), key) || !conditions(update.group(2), before, columns)) {
                return Optional.empty();
            }
        } else if (delete.find()) {
            if (!conditions(delete.group(1), countPlaceholders(sql.substring(0, delete.start(1))), columns)) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        var at = new int[key.size()];
        for (int i = 0; i < at.length; i++) {
            var position = columns.get(key.get(i));
            if (position == null) {
                return Optional.empty();
            }
            at[i] = position;
        }
        return Optional.of(at);
    }

    /** Whether {@code set}'s assignments, each of one plain column, leave the key's columns as they are. */
    private static boolean keepsKey(String set, List<String> key) {
        var assignments = topLevel(set + ")", ',', ')');
        if (assignments == null) {
            return false;
        }
        for (var assignment : assignments) {
            var assigned = ASSIGNED.matcher(assignment.trim());
            if (!assigned.find() || key.contains(assigned.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads {@code a = ? and b <> 'X' ...} into the columns compared for equality with an argument; false if it is
     * not that simple.
     */
    private static boolean conditions(String text, int before, Map<String, Integer> columns) {
        var where = LITERAL.matcher(text).replaceAll("''");
        if (where.contains("(") || OR.matcher(where).find()) {
            return false;
        }
        for (var condition : where.trim().split("(?i)\\s+and\\s+")) {
            var equals = KEY_EQUALS.matcher(condition.trim());
            if (equals.find()) {
                columns.putIfAbsent(equals.group(1).toLowerCase(Locale.ROOT), before);
            }
            before += countPlaceholders(condition);
        }
        return true;
    }

    /**
     * The text up to the parenthesis that closes the one already open, split at the separators outside nested
     * parentheses and quotes; null if it does not close or more follows a list of values.
     */
    private static List<String> topLevel(String text, char separator, char close) {
        var parts = new ArrayList<String>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == close && depth > 0) {
                depth--;
            } else if (!quoted && c == close) {
                parts.add(text.substring(start, i));
                return text.substring(i + 1).trim().startsWith(",") ? null : parts;
            } else if (!quoted && depth == 0 && c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return null;
    }

    /** The {@code ?} placeholders outside quoted text. */
    static int countPlaceholders(String text) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '?') {
                count++;
            }
        }
        return count;
    }
}
