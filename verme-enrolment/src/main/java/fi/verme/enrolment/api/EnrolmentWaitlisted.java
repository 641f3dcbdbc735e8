package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EnrolmentWaitlisted(String enrolmentId, ProgrammeYear programmeYear, WaitlistReason reason,
                                  Instant waitlistedAt) {
}
