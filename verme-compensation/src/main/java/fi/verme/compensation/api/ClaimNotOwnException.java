package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/**
 * A mentor claims only for themself. Its type is the platform's {@code forbidden}, as it always was, so
 * its title and detail are the platform's too ({@code messages_{fi,sv,en}.properties}).
 */
@ProblemType(value = "forbidden", kind = Refusal.Kind.NOT_PERMITTED)
public class ClaimNotOwnException extends Refusal {

    public ClaimNotOwnException() {
        super("A mentor makes claims for themself only");
    }
}
