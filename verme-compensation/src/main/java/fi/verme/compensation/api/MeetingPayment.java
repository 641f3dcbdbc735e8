package fi.verme.compensation.api;

/** How a held meeting is paid: the fee hours once per meeting, or in proportion to a 1.5 h meeting. */
public enum MeetingPayment {
    FLAT_PER_MEETING,
    PROPORTIONAL_TO_90_MINUTES
}
