package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * A coordinator asked for the personal link of an enrolment whose person the register knew before it, or knows
 * through something else since (another enrolment, with any organiser; a mentor; a payee). The link acts as the person
 * everywhere, so it goes only to their own address, in the enrolment's receipt.
 */
@ProblemType(value = "personal-link-by-email", kind = Refusal.Kind.NOT_PERMITTED)
class PersonKnownBesidesException extends Refusal {

    private final String enrolmentId;

    PersonKnownBesidesException(String enrolmentId) {
        super("The person of enrolment " + enrolmentId + " is known to the register besides this enrolment: their "
                + "own link goes only to their address, in the enrolment's receipt");
        this.enrolmentId = enrolmentId;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(enrolmentId);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("enrolmentId", enrolmentId);
    }
}
