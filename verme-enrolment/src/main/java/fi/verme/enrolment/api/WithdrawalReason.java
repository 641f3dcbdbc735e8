package fi.verme.enrolment.api;

/** Why an enrolment was withdrawn: a code, never free text, because events are kept for years. */
public enum WithdrawalReason {
    WORKLOAD,
    SCHEDULE,
    CHANGED_EMPLOYER,
    HEALTH_OR_LEAVE,
    OTHER
}
