package fi.verme.groups.api;

public class MentorCannotParticipateException extends RuntimeException {

    public MentorCannotParticipateException(String groupId) {
        super("This person mentors group " + groupId + " and cannot also be its participant");
    }
}
