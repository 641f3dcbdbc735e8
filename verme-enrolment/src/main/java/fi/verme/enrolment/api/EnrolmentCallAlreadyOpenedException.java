package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
public class EnrolmentCallAlreadyOpenedException extends RuntimeException {

    public EnrolmentCallAlreadyOpenedException(ProgrammeYear programmeYear) {
        super("The enrolment call for " + programmeYear + " has already been opened");
    }
}
