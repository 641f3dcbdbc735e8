package fi.verme.compensation.api;

/**
 * A payee's employee number in the organiser's payroll system: personal data, kept in finance's register and
 * never in events, forgotten when the person is erased.
 *
 * @param payee          the mentor or person paid
 * @param employeeNumber their number in the payroll system
 */
public record PayrollNumber(Payee payee, String employeeNumber) {
}
