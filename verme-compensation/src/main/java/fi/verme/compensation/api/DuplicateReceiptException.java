package fi.verme.compensation.api;

import fi.verme.shared.Refusal;
import fi.verme.shared.ProblemType;
import java.util.List;
import java.util.Map;

/** One receipt is reimbursed to one payee once: a second claim with its reference, rejected claims aside, is refused. */
@ProblemType(value = "duplicate-receipt", kind = Refusal.Kind.CONFLICT)
public class DuplicateReceiptException extends CompensationRuleException {

    private final String receiptReference;
    private final String claimId;

    public DuplicateReceiptException(String receiptReference, String claimId) {
        super("Receipt " + receiptReference + " has already been claimed for this payee, in claim " + claimId);
        this.receiptReference = receiptReference;
        this.claimId = claimId;
    }

    /** {0}: the receipt's reference; {1}: the claim that has it. */
    @Override
    public List<Object> detailArguments() {
        return List.of(receiptReference, claimId);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("receiptReference", receiptReference, "claimId", claimId);
    }
}
