package fi.verme.compensation.api;

public enum ClaimStatus {
    PENDING,
    APPROVED,
    REJECTED
}
