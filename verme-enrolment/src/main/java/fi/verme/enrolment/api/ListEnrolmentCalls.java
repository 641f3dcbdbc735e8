package fi.verme.enrolment.api;

import java.util.Set;

/**
 * Enrolment calls, newest school year first: of the given organisers ({@code null}: all), and only those
 * open today when {@code openOnly}.
 */
public record ListEnrolmentCalls(Set<String> organisers, boolean openOnly) {
}
