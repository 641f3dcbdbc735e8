package fi.verme.groups.api;

/**
 * What a column of an imported mentor file fills: the person's name, e-mail address and phone (which go to the person
 * register), and the mentor's organisation, the year of their Verme training and who gave it.
 */
public enum MentorImportField {
    FIRST_NAME,
    LAST_NAME,
    EMAIL,
    PHONE,
    ORGANISATION,
    TRAINING_YEAR,
    TRAINING_PROVIDER
}
