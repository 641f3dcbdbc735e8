package fi.verme.verifier;

/**
 * Text from the files under verification, made safe to print: control and formatting characters (a carriage
 * return, an escape sequence, a line separator) are written as {@code \}{@code uXXXX}, so that a tampered file
 * cannot make a terminal show what the verifier did not say; long texts are cut.
 */
final class Printable {

    private static final int MAX_LENGTH = 200;

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return "null";
        }
        var out = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH).forEach(codePoint -> {
            int type = Character.getType(codePoint);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
            if (unsafe) {
                out.append(String.format("\\u%04x", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_LENGTH ? out.append('…').toString() : out.toString();
    }
}
