package fi.verme.groups.domain;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.Role;
import fi.verme.groups.api.GroupType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a placement proposal starts from: the people still to place and the groups open to them,
 * with the members they already have.
 */
public record PlacementProblem(List<Candidate> candidates, List<OpenGroup> groups) {

    /** An unplaced, active enrolment. {@code wishes} are theme codes, most wanted first. */
    public record Candidate(String enrolmentId, List<String> wishes, String employer, String unit, Role role,
                            CareerStage careerStage, Instant submittedAt) {

        String workplace() {
            return employer + " / " + unit;
        }

        /** 1-based rank of the theme among the wishes, or 0 when not wished for. */
        int rankOf(String theme) {
            return wishes.indexOf(theme) + 1;
        }
    }

    /**
     * A forming or started group. {@code membersByWorkplace} counts its current members per
     * "employer / unit", {@code membersByEmployer} per employer.
     */
    public record OpenGroup(String groupId, String name, String theme, GroupType groupType, int members, int minSize,
                            int maxSize, Map<String, Integer> membersByEmployer,
                            Map<String, Integer> membersByWorkplace) {

        int freeSeats() {
            return Math.max(0, maxSize - members);
        }

        /** Target group types take only their target; other groups take anyone who wished for the theme. */
        boolean suits(Candidate candidate) {
            if (candidate.rankOf(theme) == 0) {
                return false;
            }
            if (groupType == null) {
                return true;
            }
            return switch (groupType) {
                case K55 -> candidate.careerStage() == CareerStage.SENIOR;
                case REKSIVERME -> candidate.role() == Role.PRINCIPAL;
                case STUDENT_AND_IN_SERVICE -> true;
            };
        }
    }
}
