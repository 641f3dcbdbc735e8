package fi.verme.app.platform.web;

import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ProblemDetail;

/** A request body that went on past the limit while it was being read (a chunked one, say): 413. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The answer to a body over the limit, wherever it is found out: 413, saying in {@code maxBodyBytes} how large a body may be. */
    public static ProblemDetail problem(Locale locale, long limit) {
        var problem = ProblemTexts.problem(locale, HttpProblem.PAYLOAD_TOO_LARGE);
        problem.setProperty("maxBodyBytes", limit);
        return problem;
    }

    public ProblemDetail problem(Locale locale) {
        return problem(locale, limit);
    }

    /** The limit that {@code e} or one of its causes ran into, if any. */
    public static java.util.Optional<BodyTooLargeException> in(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
