package fi.verme.enrolment.api;

import java.util.List;

/**
 * A person enrols in a programme year. {@code candidatePersonId} is used when the register does
 * not know the e-mail address yet. A {@code lateReason} marks a coordinator's late enrolment.
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
        LateReason lateReason) {
}
