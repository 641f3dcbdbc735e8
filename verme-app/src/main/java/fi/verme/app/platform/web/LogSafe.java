package fi.verme.app.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * What may go into a log line: logs are kept apart from the database and outlive erasure, so they must
 * not hold a personal link (whoever reads it can act as the person) or an e-mail address.
 */
public final class LogSafe {

    /** A personal link's token: the path segment after the links' prefixes, in any spelling of the path. */
    private static final Pattern LINK_TOKEN = Pattern.compile(
            "(?i)((?:enrolment-links|answers|kysely|oma)(?:/|%2f)+)[^/?#\\s]+");
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

    /** The text with personal-link tokens and e-mail addresses replaced by {@code …}. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        return EMAIL.matcher(LINK_TOKEN.matcher(text).replaceAll("$1…")).replaceAll("…@…");
    }
}
