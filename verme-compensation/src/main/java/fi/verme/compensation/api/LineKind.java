package fi.verme.compensation.api;

/** What a line of a mentor's compensation is for. */
public enum LineKind {
    PLANNING_FEE,
    ORGANISING_HOURS,
    MEETING_FEE,
    SUBSTITUTE,
    ARRANGEMENTS,
    TRAVEL
}
