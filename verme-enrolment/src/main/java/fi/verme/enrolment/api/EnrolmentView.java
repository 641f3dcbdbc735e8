package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;

/**
 * One enrolment as the coordinator sees it. {@code person} is null once the person has been erased (and, with
 * {@code personId}, in what a receipt link shows: {@link #withoutPerson});
 * {@code groupId} is set while placed, {@code waitlistReason} while on the waiting list.
 */
public record EnrolmentView(
        String enrolmentId,
        ProgrammeYear programmeYear,
        String personId,
        ContactDetails person,
        boolean erased,
        Role role,
        String employer,
        String unit,
        CareerStage careerStage,
        List<String> themeWishes,
        List<AvailabilitySlot> availability,
        EnrolmentStatus status,
        String groupId,
        WaitlistReason waitlistReason,
        Instant submittedAt,
        LateReason lateReason,
        Instant withdrawnAt,
        WithdrawalReason withdrawalReason) {

    /** The enrolment without who its person is: what a receipt link, not yet known to be the person's, is shown. */
    public EnrolmentView withoutPerson() {
        return new EnrolmentView(enrolmentId, programmeYear, null, null, erased, role, employer, unit, careerStage,
                themeWishes, availability, status, groupId, waitlistReason, submittedAt, lateReason, withdrawnAt,
                withdrawalReason);
    }
}
