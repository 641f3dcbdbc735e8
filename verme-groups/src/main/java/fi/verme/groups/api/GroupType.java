package fi.verme.groups.api;

/** Target group types named in the brochure. The placement proposal offers such groups only to their target. */
public enum GroupType {
    /** Experienced staff aged 55 or over (career stage SENIOR). */
    K55,
    /** Principals (role PRINCIPAL). */
    REKSIVERME,
    /** Student teachers and in-service teachers together. */
    STUDENT_AND_IN_SERVICE
}
