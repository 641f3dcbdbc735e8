package fi.verme.enrolment.api;

/** Why a coordinator accepted an enrolment after the call closed. */
public enum LateReason {
    NEW_EMPLOYEE,
    RETURNED_FROM_LEAVE,
    MISSED_DEADLINE,
    COORDINATOR_DECISION
}
