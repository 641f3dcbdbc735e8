package fi.verme.enrolment.api;

/**
 * Whether the organiser has a privacy notice (the GDPR Article 13 information its public form links to), answered
 * by the application, which keeps the notices: with a {@link PrivacyNoticeView}, or empty when it has none.
 */
public record FindPrivacyNotice(String organiser) {
}
