package fi.verme.enrolment.api;

/**
 * The personal link of a new enrolment, which the answer to the enrolment carries so that the form can offer
 * it at once. The application answers it: it signs the links and knows where its pages are.
 */
public record FindPersonalLink(String enrolmentId) {
}
