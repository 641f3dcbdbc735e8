package fi.verme.enrolment.web;

import java.time.Instant;

/** The answer to a new enrolment: its id and the person's own link to it ({@code FindPersonalLink}). */
record EnrolmentCreated(String enrolmentId, String token, String personalLink, Instant linkExpiresAt) {
}
