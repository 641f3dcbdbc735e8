package fi.verme.compensation.api;

/** The decimal separator of a payroll file's numbers: {@code 12,50} or {@code 12.50}. */
public enum PayrollDecimal {
    COMMA,
    POINT
}
