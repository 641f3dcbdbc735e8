package fi.verme.compensation.api;

public enum ExpenseKind {
    /** Coffee and other small arrangement costs of a group. */
    ARRANGEMENTS,
    TRAVEL,
    /** A substitute hired so that a mentor can plan in working time: claimed in days, paid at the day rate. */
    SUBSTITUTE
}
