package fi.verme.groups.api;

import java.util.List;

/** One line of a programme year's group list. */
public record GroupSummaryView(String groupId, String theme, String name, GroupStatus status, int size, int minSize,
                               int maxSize, int freeSeats, List<String> mentorIds, boolean agreementRecorded,
                               GroupType groupType) {
}
