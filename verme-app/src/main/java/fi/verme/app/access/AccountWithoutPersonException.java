package fi.verme.app.access;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** The signed-in account is nobody's in the person register, so it has no groups of its own (an admin's, say). */
@ProblemType(value = "account-without-person", kind = Refusal.Kind.CONFLICT)
class AccountWithoutPersonException extends Refusal {

    AccountWithoutPersonException() {
        super("This account is not linked to a person, so it has no groups or calendar of its own");
    }
}
