package fi.verme.enrolment.api;

import java.time.Instant;

/**
 * A personal link: {@code token} is its key in the API, {@code personalLink} the page the person opens with it
 * (the same link the confirmation e-mail brings), valid until {@code expiresAt}.
 */
public record PersonalLinkView(String token, String personalLink, Instant expiresAt) {
}
