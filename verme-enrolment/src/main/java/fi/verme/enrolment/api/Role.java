package fi.verme.enrolment.api;

/** The work a person does in education. */
public enum Role {
    TEACHER,
    SPECIAL_EDUCATION_TEACHER,
    SCHOOL_ASSISTANT,
    STUDY_COUNSELLOR,
    WORK_LIFE_COORDINATOR,
    PRINCIPAL,
    EARLY_CHILDHOOD_EDUCATOR,
    STUDENT_TEACHER,
    OTHER
}
