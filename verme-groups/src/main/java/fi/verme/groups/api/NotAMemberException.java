package fi.verme.groups.api;

public class NotAMemberException extends RuntimeException {

    private final String enrolmentId;

    public NotAMemberException(String groupId, String enrolmentId) {
        super("Enrolment " + enrolmentId + " is not a member of group " + groupId);
        this.enrolmentId = enrolmentId;
    }

    public String enrolmentId() {
        return enrolmentId;
    }
}
