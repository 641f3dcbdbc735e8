package fi.verme.shared;

/**
 * What a text shows, one rule for every way text comes in: the application refuses a request's text with a hidden
 * character in it, and an import reads each cell as one visible line. Here, in the contract every module imports.
 */
public final class Characters {

    private Characters() {
    }

    /** A character that spaces or breaks lines: tab, line feed, carriage return, Unicode's line and paragraph ends. */
    public static boolean spacesLines(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r' || codePoint == '\u2028'
                || codePoint == '\u2029';
    }

    /**
     * A character nobody sees and that spaces nothing: a control character, a format character (a zero-width space,
     * a right-to-left override) or half of a surrogate pair.
     */
    public static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return !spacesLines(codePoint)
                && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE);
    }

    /**
     * The text as one visible line: what spaces lines becomes a space, hidden characters are left out, runs of spaces
     * become one, and the ends are stripped.
     */
    public static String oneLine(String text) {
        var line = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (spacesLines(codePoint)) {
                line.append(' ');
            } else if (!hidden(codePoint)) {
                line.appendCodePoint(codePoint);
            }
        });
        return line.toString().replaceAll(" {2,}", " ").strip();
    }

    /**
     * Whether a spreadsheet would run a text beginning with this character as a formula ({@code = + - @}, a tab or a
     * carriage return): a CSV writer puts an apostrophe before such a text (OWASP's CSV-injection rule), and an import
     * takes that apostrophe off again.
     */
    public static boolean startsFormula(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
