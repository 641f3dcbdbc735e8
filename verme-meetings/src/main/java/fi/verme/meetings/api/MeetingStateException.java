package fi.verme.meetings.api;

/**
 * The meeting is not in a state that allows this: {@code problem} names which, e.g.
 * {@code meeting-already-held}, {@code meeting-cancelled}, {@code meeting-not-held}, {@code meeting-in-future}.
 */
public class MeetingStateException extends RuntimeException {

    private final String problem;

    public MeetingStateException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
