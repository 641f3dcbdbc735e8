package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
public class EnrolmentCallAlreadyClosedException extends RuntimeException {

    public EnrolmentCallAlreadyClosedException(ProgrammeYear programmeYear) {
        super("The enrolment call for " + programmeYear + " is already closed");
    }
}
