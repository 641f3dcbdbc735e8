package fi.verme.compensation.api;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;
import java.util.Map;

/** The payroll file needs an employee number for every payee it pays, and these have none yet. */
@ProblemType(value = "payroll-numbers-missing", kind = Refusal.Kind.CONFLICT)
public class PayrollNumbersMissingException extends CompensationRuleException {

    private final List<String> payees;

    public PayrollNumbersMissingException(List<String> payees) {
        super("The payroll file needs employee numbers for " + String.join(", ", payees));
        this.payees = List.copyOf(payees);
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(String.join(", ", payees));
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("payees", payees);
    }
}
