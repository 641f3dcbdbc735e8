package fi.verme.enrolment.api;

import fi.verme.shared.ProgrammeYear;
import java.util.Collection;

/**
 * Which of these e-mail addresses (in any letter case) belong to a person with an active enrolment in the programme
 * year, or with only withdrawn ones, answered as {@link EnrolledEmails}: how an import matches its rows to enrolments
 * already there.
 */
public record FindEnrolledEmails(ProgrammeYear programmeYear, Collection<String> emails) {
}
