package fi.verme.groups.api;

public enum CancellationReason {
    TOO_FEW_PARTICIPANTS,
    MERGED_WITH_ANOTHER_GROUP,
    MENTOR_UNAVAILABLE,
    OTHER
}
