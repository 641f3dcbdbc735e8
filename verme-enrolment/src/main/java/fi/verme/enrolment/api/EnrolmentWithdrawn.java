package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentWithdrawn(
        String enrolmentId,
        String personId,
        ProgrammeYear programmeYear,
        WithdrawalReason reason,
        Instant withdrawnAt) {
}
