package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An enrolment outside the call's open period that is not a coordinator's late enrolment. */
@ProblemType(value = "enrolment-call-not-open", kind = Refusal.Kind.CONFLICT)
public class EnrolmentCallNotOpenException extends Refusal {

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

    @Override
    public List<Object> detailArguments() {
        return Arrays.asList(opensOn, closesOn);
    }

    /** The dates the call is open, when it is not open now. */
    @Override
    public Map<String, Object> properties() {
        var dates = new LinkedHashMap<String, Object>();
        dates.put("opensOn", opensOn);
        dates.put("closesOn", closesOn);
        return dates;
    }
}
