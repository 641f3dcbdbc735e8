package fi.verme.groups.api;

/** What members commit to in the action agreement; the first two are always required. */
public enum Commitment {
    ACTIVE_PARTICIPATION,
    CONFIDENTIALITY,
    NOTICE_OF_ABSENCE,
    PUNCTUALITY,
    RESPECTFUL_INTERACTION
}
