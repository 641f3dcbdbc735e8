package fi.verme.compensation.api;

public enum RejectionReason {
    NO_RECEIPT,
    NOT_ELIGIBLE,
    DUPLICATE,
    OTHER
}
