package fi.verme.enrolment.api;

/**
 * What becomes, or became, of an imported row: {@code NEW} would be recorded by the commit, {@code RECORDED} was;
 * {@code ALREADY_ENROLLED} matches an enrolment of the same person (e-mail address) in the year, which is left as it
 * is; {@code REJECTED} breaks a rule of the enrolment form.
 */
public enum ImportRowStatus {
    NEW,
    RECORDED,
    ALREADY_ENROLLED,
    REJECTED
}
