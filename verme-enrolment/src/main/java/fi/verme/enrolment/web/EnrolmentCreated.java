package fi.verme.enrolment.web;

import java.time.Instant;

/**
 * The answer to a new enrolment: its id and the person's own link to it ({@code FindPersonalLink}); the link is left
 * out (null) when the public form named an address the register already knows, whose owner gets it by e-mail.
 */
record EnrolmentCreated(String enrolmentId, String token, String personalLink, Instant linkExpiresAt) {
}
