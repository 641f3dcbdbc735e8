package fi.verme.groups.api;

import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.shared.ProgrammeYear;
import java.time.Instant;
import java.util.List;

/**
 * A proposed home for every unplaced enrolment, with its quality and, for comparison, the quality of
 * placing the same people first come, first served.
 */
public record PlacementProposalView(
        String proposalId,
        ProgrammeYear programmeYear,
        Status status,
        Instant createdAt,
        long solveMillis,
        List<Placement> placements,
        List<Waiting> waitlist,
        List<GroupOutcome> groups,
        Quality quality,
        Quality firstComeFirstServed) {

    public enum Status { PROPOSED, ACCEPTED }

    /** {@code wishRank} 1-3, or 0 when the coordinator placed the person outside their wishes. */
    public record Placement(String enrolmentId, String groupId, int wishRank, boolean changedByCoordinator) {
    }

    public record Waiting(String enrolmentId, WaitlistReason reason) {
    }

    /**
     * A group before and after the proposal. A group that cannot reach its minimum gets a suggestion:
     * {@code CANCEL}, or {@code MERGE} into {@code mergeInto}, a group of the same theme with room for its members.
     */
    public record GroupOutcome(String groupId, String name, String theme, int sizeBefore, int sizeAfter, int minSize,
                               int maxSize, boolean reachesMinimum, Suggestion suggestion, String mergeInto) {
    }

    public enum Suggestion { NONE, CANCEL, MERGE }

    /** Shares are of the people the proposal placed or waitlisted, in percent with one decimal. */
    public record Quality(int people, int firstWish, int secondWish, int thirdWish, int outsideWishes,
                          int waitlisted, int groupsUnderMinimum, double firstWishPercent,
                          double secondWishPercent, double thirdWishPercent, double waitlistPercent,
                          int sameWorkplacePairs) {
    }
}
