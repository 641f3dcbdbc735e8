package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.Map;

/**
 * A change would leave no enabled account with an ADMIN grant for all organisers ({@code *}): nobody
 * could then manage users or grants except by editing the database.
 */
@ProblemType(value = "last-admin", kind = Refusal.Kind.CONFLICT)
class LastAdminException extends Refusal {

    private final String userId;

    LastAdminException(String userId) {
        super("User " + userId + " is the last enabled admin of all organisers; grant ADMIN * to another account first");
        this.userId = userId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("userId", userId);
    }
}
