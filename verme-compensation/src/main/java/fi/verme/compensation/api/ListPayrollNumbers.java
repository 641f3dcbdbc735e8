package fi.verme.compensation.api;

/** The employee numbers finance has recorded for the organiser's payees. */
public record ListPayrollNumbers(String organiser) {
}
