package fi.verme.groups.api;

import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A group's roster: members and mentors by name, size against its limits, agreement and dates. */
public record GroupView(
        String groupId,
        ProgrammeYear programmeYear,
        String theme,
        String name,
        GroupStatus status,
        int size,
        int minSize,
        int maxSize,
        int freeSeats,
        boolean reachedMinimum,
        String place,
        boolean online,
        GroupType groupType,
        List<Mentor> mentors,
        List<Member> members,
        Agreement agreement,
        Instant formedAt,
        LocalDate startedOn,
        LocalDate completedOn,
        LocalDate cancelledOn,
        CancellationReason cancellationReason) {

    /** {@code email}: the mentor's address in the person register, null once erased. */
    public record Mentor(String mentorId, String personId, PersonName name, String organisation, String email) {
    }

    public record Member(String enrolmentId, String personId, PersonName name, String email, String employer,
                         String unit, Instant placedAt) {
    }

    /** {@code acceptedBy}: enrolment ids of the members who accepted. */
    public record Agreement(LocalDate agreedOn, List<Commitment> commitments, List<String> acceptedBy) {
    }
}
