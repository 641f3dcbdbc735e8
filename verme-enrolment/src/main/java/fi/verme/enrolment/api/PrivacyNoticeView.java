package fi.verme.enrolment.api;

import java.time.Instant;

/** That the organiser has a privacy notice, and when it last changed. */
public record PrivacyNoticeView(String organiser, Instant changedAt) {
}
