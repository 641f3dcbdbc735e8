package fi.verme.compensation.api;

/** An unknown claim or payment period; {@code problem} is {@code claim-not-found} or {@code payment-period-not-found}. */
public class CompensationNotFoundException extends RuntimeException {

    private final String problem;

    public CompensationNotFoundException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
