package fi.verme.enrolment.api;

/**
 * What becomes, or became, of an imported row: {@code NEW} would be recorded by the commit, {@code RECORDED} was;
 * {@code ALREADY_ENROLLED} matches an enrolment of the same person (e-mail address) in the year, which is left as it
 * is; {@code WITHDRAWN} matches a person who withdrew from the year (and has no other enrolment in it), who is not
 * enrolled again by a file: a coordinator who re-imports a growing export of a web form would otherwise bring back
 * everyone who left since; {@code REJECTED} breaks a rule of the enrolment form.
 */
public enum ImportRowStatus {
    NEW,
    RECORDED,
    ALREADY_ENROLLED,
    WITHDRAWN,
    REJECTED
}
