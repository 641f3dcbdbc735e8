package fi.verme.groups.api;

public class WithdrawnEnrolmentException extends RuntimeException {

    public WithdrawnEnrolmentException(String enrolmentId) {
        super("Enrolment " + enrolmentId + " has been withdrawn and cannot be placed");
    }
}
