package fi.verme.enrolment.api;

import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call's new closing date that does not extend it: it must be later than the current closing date (and not in the
 * past), and no later than the school year's last day. Answered as the field {@code closesOn} with the dates allowed.
 */
@ProblemType(value = "enrolment-call-extension-out-of-range", kind = Refusal.Kind.INVALID)
public class EnrolmentCallExtensionOutOfRangeException extends InvalidInputException {

    private final LocalDate earliest;
    private final LocalDate latest;

    public EnrolmentCallExtensionOutOfRangeException(LocalDate earliest, LocalDate latest) {
        super("closesOn", earliest.isAfter(latest)
                ? "no date: the call already closes on the school year's last day (" + latest + ")"
                : "a date from " + earliest + " to " + latest);
        this.earliest = earliest;
        this.latest = latest;
    }

    @Override
    public List<Object> detailArguments() {
        return Arrays.asList(earliest, latest);
    }

    /** The field as Bean Validation names it, and the first and last closing date allowed. */
    @Override
    public Map<String, Object> properties() {
        var properties = new LinkedHashMap<String, Object>(super.properties());
        properties.put("earliest", earliest);
        properties.put("latest", latest);
        return properties;
    }
}
