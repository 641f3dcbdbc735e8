package fi.verme.shared;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A download's {@code Content-Disposition}, its name in the reader's language ("Anmälningar – Seinäjoen kaupunki
 * 2026–2027.csv"): the name itself as RFC 6266 gives it to browsers ({@code filename*}, UTF-8), and beside it the
 * same name in plain ASCII ({@code filename}, "Anmalningar - Seinajoen kaupunki 2026-2027.csv") for a client that
 * reads only that one, such as {@code curl -OJ}.
 */
public final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private Downloads() {
    }

    public static String attachment(String name) {
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** The name without its accents, a dash for a dash, and any other character beyond ASCII as {@code _}. */
    static String ascii(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var out = new StringBuilder();
        plain.codePoints().forEach(c -> out.append(c == '–' || c == '—' ? '-'
                : c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187's value-chars: the UTF-8 bytes, each outside its attr-chars percent-encoded. */
    static String encoded(String name) {
        var out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.toHexDigits(b));
            }
        }
        return out.toString();
    }
}
