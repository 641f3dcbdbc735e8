package fi.verme.enrolment.api;

/** Where a person is in their career: {@code NEW} is the first years, {@code SENIOR} is 55 or over. */
public enum CareerStage {
    STUDENT,
    NEW,
    EXPERIENCED,
    SENIOR
}
