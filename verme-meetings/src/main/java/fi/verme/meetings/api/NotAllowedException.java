package fi.verme.meetings.api;

/** Only the group may do this: its mentors (writing minutes) or its mentors and members (reading them). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
