package fi.verme.compensation.api;

/** The organiser's payroll profile: {@link PayrollProfile#DEFAULT} until finance sets one. */
public record FindPayrollProfile(String organiser) {
}
