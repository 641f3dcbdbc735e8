package fi.verme.groups.api;

public class MentorNotFoundException extends RuntimeException {

    public MentorNotFoundException(String mentorId) {
        super("No mentor " + mentorId + "; register the mentor first");
    }
}
