package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.util.List;

/**
 * A person enrols in a programme year. {@code candidatePersonId} is used when the register does
 * not know the e-mail address yet. A {@code lateReason} marks a coordinator's late enrolment, and
 * is accepted only when {@code byCoordinator}: the sender has checked that a coordinator of the
 * programme's organiser asks (the public form never does).
 */
public record SubmitEnrolment(
        String enrolmentId,
        String candidatePersonId,
        ProgrammeYear programmeYear,
        ContactDetails contact,
        Role role,
        String employer,
        String unit,
        CareerStage careerStage,
        List<String> themeWishes,
        List<AvailabilitySlot> availability,
        boolean consentToProcessing,
        LateReason lateReason,
        boolean byCoordinator) {
}
