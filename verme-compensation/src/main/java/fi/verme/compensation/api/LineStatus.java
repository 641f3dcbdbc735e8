package fi.verme.compensation.api;

public enum LineStatus {
    /** Owed, not yet in an approved period. */
    ACCRUING,
    APPROVED,
    PAID
}
