package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;

/** An enrolment outside the call's open period that is not a coordinator's late enrolment. */
public class EnrolmentCallNotOpenException extends RuntimeException {

    private final LocalDate opensOn;
    private final LocalDate closesOn;

    public EnrolmentCallNotOpenException(ProgrammeYear programmeYear, LocalDate opensOn, LocalDate closesOn,
                                         boolean closed) {
        super("Enrolment for " + programmeYear + (closed ? " has closed" : " is open from " + opensOn
                + " to " + closesOn) + "; a coordinator may add a late enrolment with a reason");
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }
}
