package fi.verme.groups.domain;

import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.WaitlistEnrolment;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.groups.api.GroupFullException;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.PlacementProposalView.Status;
import fi.verme.groups.api.ProposalAlreadyAcceptedException;
import fi.verme.groups.api.ProposalOutdatedException;
import fi.verme.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A placement proposal: the optimiser's answer for a programme year, as the coordinator has changed it since,
 * until it is accepted. A working draft, not an aggregate: nothing in it is a fact until it is accepted, and
 * accepting it asks each group to place and each enrolment to wait, so that their own rules decide (all or
 * nothing).
 */
public final class PlacementProposal {

    private final String proposalId;
    private final Status status;
    private final Draft draft;

    public PlacementProposal(String proposalId, Status status, Draft draft) {
        this.proposalId = proposalId;
        this.status = status;
        this.draft = draft;
    }

    /**
     * What a proposal holds: the problem as it was when proposed, and the answer as the coordinator has left
     * it ({@code placements}: enrolment id to group id; {@code waitlist}: enrolment id to reason).
     */
    public record Draft(PlacementProblem problem, Map<String, String> placements, Map<String, WaitlistReason> waitlist,
                        Set<String> changedByCoordinator, long solveMillis) {

        /** The optimiser's plan as proposed, before anyone changed it. */
        public static Draft of(PlacementProblem problem, PlacementPlan plan, long solveMillis) {
            return new Draft(problem, plan.placements(), plan.waitlist(), Set.of(), solveMillis);
        }
    }

    public Draft draft() {
        return draft;
    }

    /**
     * The draft with one person moved by the coordinator: into a group of the proposal that has a seat left,
     * or, with no group, to the waiting list.
     */
    public Draft move(String enrolmentId, String groupId) {
        requireProposed();
        var problem = draft.problem();
        if (problem.candidates().stream().noneMatch(c -> c.enrolmentId().equals(enrolmentId))) {
            throw new InvalidInputException("enrolmentId", "the id of an enrolment in this proposal");
        }
        var placements = new LinkedHashMap<>(draft.placements());
        var waitlist = new LinkedHashMap<>(draft.waitlist());
        placements.remove(enrolmentId);
        waitlist.remove(enrolmentId);
        if (groupId == null) {
            waitlist.put(enrolmentId, WaitlistReason.COORDINATOR_DECISION);
        } else {
            var group = problem.groups().stream().filter(g -> g.groupId().equals(groupId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("groupId",
                            "the id of a group in this proposal, or null for the waiting list"));
            long taken = group.members() + placements.values().stream().filter(groupId::equals).count();
            if (taken >= group.maxSize()) {
                throw new GroupFullException(groupId, group.maxSize());
            }
            placements.put(enrolmentId, groupId);
        }
        var changed = new LinkedHashSet<>(draft.changedByCoordinator());
        changed.add(enrolmentId);
        return new Draft(problem, placements, waitlist, changed, draft.solveMillis());
    }

    /** Accepting: first every placement, then every waitlisting that an enrolment still needs. */
    public Acceptance accept() {
        requireProposed();
        var placements = draft.placements().entrySet().stream()
                .map(placement -> new PlaceParticipant(placement.getValue(), placement.getKey())).toList();
        return new Acceptance(proposalId, placements, draft.waitlist());
    }

    /**
     * The commands that accepting a proposal sends, in order ({@code waitlist} in the order the proposal
     * keeps); any one refused makes the whole proposal out of date.
     */
    public record Acceptance(String proposalId, List<PlaceParticipant> placements,
                             Map<String, WaitlistReason> waitlist) {

        /**
         * The waitlisting a person the proposal leaves waiting still needs, given the status their enrolment
         * shows now: none if it waits already; an enrolment withdrawn since makes the proposal out of date.
         */
        public Optional<WaitlistEnrolment> waitlisting(String enrolmentId, Optional<EnrolmentStatus> status) {
            if (status.isEmpty() || status.get() == EnrolmentStatus.WITHDRAWN) {
                throw new ProposalOutdatedException(proposalId, enrolmentId, "it has been withdrawn");
            }
            if (status.get() == EnrolmentStatus.WAITLISTED) {
                return Optional.empty();
            }
            return Optional.of(new WaitlistEnrolment(enrolmentId, waitlist.get(enrolmentId)));
        }
    }

    private void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new ProposalAlreadyAcceptedException(proposalId);
        }
    }
}
