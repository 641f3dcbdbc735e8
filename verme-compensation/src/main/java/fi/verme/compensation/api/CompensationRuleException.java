package fi.verme.compensation.api;

/**
 * A compensation rule refused the request. {@code problem} names which: {@code compensation-rules-not-set},
 * {@code organising-hours-cap-exceeded}, {@code budget-exceeded}, {@code expense-not-reimbursed},
 * {@code claim-already-decided}, {@code rate-missing}, {@code nothing-to-approve}, {@code period-already-paid}.
 */
public class CompensationRuleException extends RuntimeException {

    private final String problem;

    public CompensationRuleException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
