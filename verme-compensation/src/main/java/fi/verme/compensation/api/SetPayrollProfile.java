package fi.verme.compensation.api;

/** Finance sets how the organiser's payroll file is written (kept in the register; it names nobody). */
public record SetPayrollProfile(String organiser, PayrollProfile profile) {
}
