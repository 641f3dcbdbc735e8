package fi.verme.compensation.api;

/** Finance records (or, with no number, removes) a payee's employee number in the organiser's payroll system. */
public record SetPayrollNumber(String organiser, Payee payee, String employeeNumber) {
}
