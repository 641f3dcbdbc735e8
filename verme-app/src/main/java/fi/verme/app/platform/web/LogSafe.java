package fi.verme.app.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * What may go into a log line: logs are kept apart from the database and outlive erasure, so they must
 * not hold a personal link or a calendar feed's secret (whoever reads it can act as the person, or read
 * their calendar) or an e-mail address.
 */
public final class LogSafe {

    /**
     * A personal link's token: the path segment after the links' prefixes, in any spelling of the path. A link
     * confirming a new address carries the address itself, encoded.
     */
    private static final Pattern LINK_TOKEN = Pattern.compile(
            "(?i)((?:enrolment-links|answers|kysely|oma|calendar-feeds|contact-confirmations|yhteystiedot"
                    + "|notice-preferences|ilmoitukset)(?:/|%2f)+)[^/?#\\s]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    private LogSafe() {
    }

    /**
     * The path of a request as the firewall normalised it and the security chain matched it (servlet path and
     * path info, no query), for a log line: the raw URI could spell it otherwise.
     */
    public static String path(HttpServletRequest request) {
        var pathInfo = request.getPathInfo();
        return text(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }

    /**
     * The text with personal-link tokens and e-mail addresses replaced by {@code …}, and control characters
     * written as escapes ({@code \n}, {@code \u001b}): a value from a request cannot start a line of its own.
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        var safe = EMAIL.matcher(LINK_TOKEN.matcher(text).replaceAll("$1…")).replaceAll("…@…");
        var written = new StringBuilder(safe.length());
        safe.codePoints().forEach(c -> {
            if (c == '\n') {
                written.append("\\n");
            } else if (c == '\r') {
                written.append("\\r");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                written.append(String.format("\\u%04x", c));
            } else {
                written.appendCodePoint(c);
            }
        });
        return written.toString();
    }
}
