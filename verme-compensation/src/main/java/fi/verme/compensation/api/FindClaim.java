package fi.verme.compensation.api;

public record FindClaim(String claimId) {
}
