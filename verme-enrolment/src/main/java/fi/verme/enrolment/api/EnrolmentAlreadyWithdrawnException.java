package fi.verme.enrolment.api;

public class EnrolmentAlreadyWithdrawnException extends RuntimeException {

    public EnrolmentAlreadyWithdrawnException(String enrolmentId) {
        super("Enrolment " + enrolmentId + " has already been withdrawn; withdrawal is final");
    }
}
