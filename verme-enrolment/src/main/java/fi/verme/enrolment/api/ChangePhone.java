package fi.verme.enrolment.api;

/**
 * Sets a person's phone number in the register, and on each of their enrolments, as the person themselves
 * corrected it (through their personal link). Travels to the person register only: no event carries it.
 *
 * @param personId the person whose number it is
 * @param phone the new number; {@code null} removes it
 */
public record ChangePhone(String personId, String phone) {
}
