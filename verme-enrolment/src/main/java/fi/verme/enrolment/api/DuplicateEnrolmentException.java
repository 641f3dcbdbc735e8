package fi.verme.enrolment.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import java.util.Map;
/** One enrolment per person (by e-mail, case-insensitive) per programme year. */
@ProblemType(value = "duplicate-enrolment", kind = Refusal.Kind.CONFLICT)
public class DuplicateEnrolmentException extends Refusal {

    private final String existingEnrolmentId;

    public DuplicateEnrolmentException(ProgrammeYear programmeYear, String existingEnrolmentId) {
        super("This person already has enrolment " + existingEnrolmentId + " in " + programmeYear);
        this.existingEnrolmentId = existingEnrolmentId;
    }

    public String existingEnrolmentId() {
        return existingEnrolmentId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("existingEnrolmentId", existingEnrolmentId, "existingEnrolment", "/api/enrolments/" + existingEnrolmentId);
    }
}
