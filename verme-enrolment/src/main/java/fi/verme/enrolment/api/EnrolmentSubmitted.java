package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Carries the person's id only: names and contact details stay in the person register. */
@Revision("1")
public record EnrolmentSubmitted(
        String enrolmentId,
        String personId,
        ProgrammeYear programmeYear,
        Role role,
        String employer,
        String unit,
        CareerStage careerStage,
        List<String> themeWishes,
        List<AvailabilitySlot> availability,
        boolean consentToProcessing,
        Instant submittedAt,
        LateReason lateReason) {
}
