package fi.verme.enrolment.api;

import java.util.Map;

/**
 * The active enrolment of each e-mail address asked about that has one, and the latest withdrawn enrolment of each that
 * has only withdrawn ones in the year, keyed by the address in lower case.
 */
public record EnrolledEmails(Map<String, String> enrolmentIdByEmail, Map<String, String> withdrawnEnrolmentIdByEmail) {
}
