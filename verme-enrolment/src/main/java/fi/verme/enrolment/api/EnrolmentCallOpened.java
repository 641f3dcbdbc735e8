package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A coordinator opened the programme year's enrolment call: the themes on offer, whom the call is for, and the days
 * people may enrol on.
 *
 * @param programmeYear the organiser's programme in one school year that the call is for
 * @param themes the themes on offer, in the order the call lists them; at least one, each code once
 * @param targetRoles the roles the call is for; empty when anyone working in education may enrol
 * @param opensOn the first day people may enrol
 * @param closesOn the last day people may enrol; after it only a coordinator adds an enrolment, with a late reason
 */
@Revision("1")
public record EnrolmentCallOpened(
        ProgrammeYear programmeYear,
        List<Theme> themes,
        List<Role> targetRoles,
        LocalDate opensOn,
        LocalDate closesOn) {
}
