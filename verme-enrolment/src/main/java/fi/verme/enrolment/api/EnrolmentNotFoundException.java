package fi.verme.enrolment.api;

public class EnrolmentNotFoundException extends RuntimeException {

    public EnrolmentNotFoundException(String enrolmentId) {
        super("No enrolment " + enrolmentId);
    }
}
