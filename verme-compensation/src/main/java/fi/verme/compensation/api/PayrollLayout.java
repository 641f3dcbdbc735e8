package fi.verme.compensation.api;

/**
 * How a payroll file is laid out: {@link #VERME}, the payroll CSV as Verme has always written it (every line, its
 * payee and its status, for a person to read); {@link #MUNICIPAL}, the common Finnish municipal payroll import
 * (employee number, pay type, date, quantity, unit price, amount; UTF-8, {@code ;}, decimal comma, 30.6.2027);
 * {@link #CUSTOM}, the columns, names and formats finance sets for their payroll system.
 */
public enum PayrollLayout {
    VERME,
    MUNICIPAL,
    CUSTOM
}
