package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import org.axonframework.serialization.Revision;

/**
 * A coordinator added a theme to the programme year's enrolment call after it was opened; from then on the call
 * offers it after the themes it offered before, and people who enrol may wish for it.
 *
 * @param programmeYear the programme year whose call offers the theme
 * @param code the new theme's code, which no other theme of the call has; enrolments and groups name it
 * @param name the new theme's name as people read it, 1-120 characters
 */
@Revision("1")
public record EnrolmentCallThemeAdded(ProgrammeYear programmeYear, String code, String name) {
}
