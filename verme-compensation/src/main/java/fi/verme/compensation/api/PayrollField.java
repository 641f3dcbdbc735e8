package fi.verme.compensation.api;

/** What a column of a payroll file holds, for one line that is paid. */
public enum PayrollField {
    /** The payee's employee number in the payroll system, from finance's register. */
    EMPLOYEE_NUMBER,
    /** The payee's name. */
    PAYEE,
    /** The pay type code (palkkalaji) finance set for the line's kind. */
    PAY_TYPE,
    /** What the line pays for: planning fee, meeting fee, travel… */
    KIND,
    /** Taxable pay or a reimbursement. */
    PAYMENT_TYPE,
    /** The day of the work or the expense. */
    DATE,
    /** Hours, days or pieces; 1 for a receipt. */
    QUANTITY,
    /** The amount divided by the quantity. */
    UNIT_PRICE,
    /** Euros. */
    AMOUNT,
    /** What the line says. */
    DESCRIPTION,
    /** The payment period as a month, e.g. 2026-11. */
    PERIOD,
    /** The reference payroll gave the period. */
    PAYROLL_REFERENCE
}
