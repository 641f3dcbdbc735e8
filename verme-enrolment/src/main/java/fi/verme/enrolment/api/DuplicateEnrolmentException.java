package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
/** One enrolment per person (by e-mail, case-insensitive) per programme year. */
public class DuplicateEnrolmentException extends RuntimeException {

    private final String existingEnrolmentId;

    public DuplicateEnrolmentException(ProgrammeYear programmeYear, String existingEnrolmentId) {
        super("This person already has enrolment " + existingEnrolmentId + " in " + programmeYear);
        this.existingEnrolmentId = existingEnrolmentId;
    }

    public String existingEnrolmentId() {
        return existingEnrolmentId;
    }
}
