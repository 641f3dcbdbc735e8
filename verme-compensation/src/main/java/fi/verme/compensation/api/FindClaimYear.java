package fi.verme.compensation.api;

/** The programme year of a claim; answered from a lookup that is current with every write. */
public record FindClaimYear(String claimId) {
}
