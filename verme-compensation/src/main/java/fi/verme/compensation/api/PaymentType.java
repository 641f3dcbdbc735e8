package fi.verme.compensation.api;

/**
 * How payroll treats a line: taxable pay (a mentor's fees; a substitute's day paid to the substitute), or a
 * reimbursement of a cost someone paid (receipts for coffee and travel; a substitute's day paid to the
 * employer that hired them).
 */
public enum PaymentType {
    TAXABLE_PAY,
    REIMBURSEMENT;

    public static PaymentType of(LineKind kind, PayeeKind payee) {
        return switch (kind) {
            case PLANNING_FEE, ORGANISING_HOURS, MEETING_FEE -> TAXABLE_PAY;
            case SUBSTITUTE -> payee == PayeeKind.PERSON ? TAXABLE_PAY : REIMBURSEMENT;
            case ARRANGEMENTS, TRAVEL -> REIMBURSEMENT;
        };
    }
}
