package fi.verme.groups.api;

/**
 * A survey rule refused the request; {@code problem} is {@code survey-not-found} (404),
 * {@code survey-not-open} or {@code survey-already-answered} (409).
 */
public class SurveyException extends RuntimeException {

    private final String problem;

    public SurveyException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
