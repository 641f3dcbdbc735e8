package fi.verme.groups.domain;

import fi.verme.enrolment.api.WaitlistReason;
import java.util.Map;
import java.util.Set;

/**
 * A home for every candidate: a group ({@code placements}: enrolment id to group id) or the
 * waiting list with the reason. {@code unableToFill} are the groups that cannot reach their minimum.
 */
public record PlacementPlan(Map<String, String> placements, Map<String, WaitlistReason> waitlist,
                            Set<String> unableToFill) {
}
