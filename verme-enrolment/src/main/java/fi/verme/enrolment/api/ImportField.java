package fi.verme.enrolment.api;

/**
 * The fields of the enrolment form that an imported column can fill. A theme wish comes from one column per
 * preference ({@code THEME_WISH_1} to {@code THEME_WISH_3}) or from one column listing them ({@code THEME_WISHES},
 * separated by commas or semicolons, as form tools write several choices).
 */
public enum ImportField {
    FIRST_NAME,
    LAST_NAME,
    EMAIL,
    PHONE,
    EMPLOYER,
    UNIT,
    ROLE,
    CAREER_STAGE,
    THEME_WISH_1,
    THEME_WISH_2,
    THEME_WISH_3,
    THEME_WISHES,
    CONSENT
}
