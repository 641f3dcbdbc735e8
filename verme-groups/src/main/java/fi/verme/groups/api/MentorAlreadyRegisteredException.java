package fi.verme.groups.api;

/** A person is registered as a mentor once; their one mentor id serves every group they lead. */
public class MentorAlreadyRegisteredException extends RuntimeException {

    private final String existingMentorId;

    public MentorAlreadyRegisteredException(String existingMentorId) {
        super("This person is already registered as mentor " + existingMentorId);
        this.existingMentorId = existingMentorId;
    }

    public String existingMentorId() {
        return existingMentorId;
    }
}
