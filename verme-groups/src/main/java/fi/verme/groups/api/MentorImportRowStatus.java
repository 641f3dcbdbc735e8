package fi.verme.groups.api;

/**
 * What becomes, or became, of a row of an imported mentor file: {@code NEW} would be registered by the commit,
 * {@code RECORDED} was; {@code ALREADY_REGISTERED} names (by e-mail address) a person who is a mentor already, who
 * is left as they are; {@code REJECTED} breaks a rule of registering a mentor.
 */
public enum MentorImportRowStatus {
    NEW,
    RECORDED,
    ALREADY_REGISTERED,
    REJECTED
}
