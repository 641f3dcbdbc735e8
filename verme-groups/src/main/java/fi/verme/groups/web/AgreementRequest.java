package fi.verme.groups.web;

import fi.verme.groups.api.Commitment;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/groups/{id}/agreement}: {@code acceptedBy} are enrolment ids of members. */
record AgreementRequest(
        @NotNull LocalDate agreedOn,
        @NotEmpty List<@NotNull Commitment> commitments,
        @NotEmpty List<@NotNull String> acceptedBy) {
}
