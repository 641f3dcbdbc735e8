package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
/** The programme year has no enrolment call. */
public class EnrolmentCallNotFoundException extends RuntimeException {

    private final ProgrammeYear programmeYear;

    public EnrolmentCallNotFoundException(ProgrammeYear programmeYear) {
        super("No enrolment call has been opened for " + programmeYear);
        this.programmeYear = programmeYear;
    }

    public ProgrammeYear programmeYear() {
        return programmeYear;
    }
}
