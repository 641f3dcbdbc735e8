package fi.verme.enrolment.api;

import java.util.List;

/** A page of the roster ({@link ListEnrolments}) and how many enrolments the whole filtered roster has. */
public record EnrolmentPage(List<EnrolmentView> enrolments, long total) {
}
