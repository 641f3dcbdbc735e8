package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;

public class EnrolmentOfAnotherYearException extends RuntimeException {

    public EnrolmentOfAnotherYearException(String enrolmentId, ProgrammeYear enrolledIn, ProgrammeYear groupYear) {
        super("Enrolment " + enrolmentId + " is for " + enrolledIn + ", the group is in " + groupYear);
    }
}
