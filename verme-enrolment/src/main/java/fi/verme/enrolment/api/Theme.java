package fi.verme.enrolment.api;

/**
 * A theme on offer in an enrolment call, e.g. {@code K55} "Kokeneet opettajat (yli 55 v.)".
 *
 * @param code the theme's code, 1-32 letters a-z, A-Z, digits, '_' or '-', which enrolments and groups name
 * @param name the theme's name as people read it, 1-120 characters
 */
public record Theme(String code, String name) {
}
