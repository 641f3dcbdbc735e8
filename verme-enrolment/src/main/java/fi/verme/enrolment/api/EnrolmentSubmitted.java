package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A person enrolled in a programme year with the electronic form (or a coordinator enrolled them late). It carries the
 * person's id only: their name and contact details stay in the person register.
 *
 * @param enrolmentId the enrolment's id, which every later event of this enrolment names
 * @param personId the person's id in the person register (the same person keeps one id across enrolments and years)
 * @param programmeYear the programme year enrolled in
 * @param role the work the person does in education
 * @param employer the organisation the person works for, as they wrote it (an organisation's name, not a person's)
 * @param unit the school or unit they work in, as they wrote it
 * @param careerStage where the person is in their career
 * @param themeWishes the call's theme codes the person wishes for, most wished first; one to three
 * @param availability when the person can meet; empty when they said nothing
 * @param consentToProcessing that the person consented to the processing of their personal data; always true (an
 *        enrolment without consent is refused)
 * @param submittedAt when the enrolment was received
 * @param lateReason why a coordinator accepted the enrolment outside the call's days; null for an enrolment made while
 *        the call was open
 */
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
