package fi.verme.compensation.api;

import fi.verme.shared.ProgrammeYear;

/** A programme year's claims, oldest first; only those of one status when {@code status} is given. */
public record ListClaims(ProgrammeYear programmeYear, ClaimStatus status) {
}
