package fi.verme.compensation.api;

/** A mentor claims only for themself. */
public class ClaimNotOwnException extends RuntimeException {

    public ClaimNotOwnException() {
        super("A mentor makes claims for themself only");
    }
}
