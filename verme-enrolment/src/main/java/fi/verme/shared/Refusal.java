package fi.verme.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A broken rule: one subclass per rule, named for it ({@code GroupFullException}), carrying the data
 * the answer needs. The subclass says which rule with {@link ProblemType}; how any refusal becomes an
 * HTTP answer is said once, in verme-app ({@code fi.verme.app.platform.web.Problems}), which makes it a
 * Spring {@code ErrorResponse} whose title and detail are texts of the reader's language from
 * {@code messages_{fi,sv,en}.properties}: {@code problemDetail.title.<type>} and {@code problemDetail.<type>},
 * with {@link #detailArguments()} as its {@code {0}}, {@code {1}}, … {@link #getMessage()} stays an English
 * sentence for logs and tests.
 */
public abstract class Refusal extends RuntimeException {

    /** What kind of refusal it is: the HTTP status follows from it (400, 403, 404, 409). */
    public enum Kind {
        /** The input can never be accepted, whatever the state: 400. */
        INVALID,
        /** The caller may not do this, whatever the input: 403. */
        NOT_PERMITTED,
        /** What the request names does not exist: 404. */
        NOT_FOUND,
        /** The input is fine, but the state of things does not allow it now: 409. */
        CONFLICT
    }

    protected Refusal(String message) {
        super(message);
    }

    /**
     * The refusal behind a failure, however wrapped (a command sent without waiting fails as a
     * {@code CompletionException}); none when the failure is not a broken rule.
     */
    public static Optional<Refusal> in(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    /** The values that the reader's text refers to as {@code {0}}, {@code {1}}, … (none unless overridden). */
    public List<Object> detailArguments() {
        return List.of();
    }

    /** Members of the problem beyond type, title and detail, e.g. the existing enrolment's id. */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** The rule this refusal names: its class's {@link ProblemType}. */
    public final ProblemType problemType() {
        var type = getClass().getAnnotation(ProblemType.class);
        if (type == null) {
            throw new IllegalStateException(getClass().getName() + " names no rule: it lacks @ProblemType");
        }
        return type;
    }
}
