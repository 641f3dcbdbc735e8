package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/**
 * An admin tried to set or change the person id of their own account. The person id is what makes a
 * user a group's mentor or member (and so a reader of its minutes); an admin who could give it to
 * themselves could become anyone. Another admin links an admin's own person.
 */
@ProblemType(value = "own-person-id", kind = Refusal.Kind.NOT_PERMITTED)
class OwnPersonIdException extends Refusal {

    OwnPersonIdException() {
        super("An admin cannot set or change the person id of their own account; another admin must do it");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", "personId",
                "message", "is your own account's", "allowed", "the person id the account has now")));
    }
}
