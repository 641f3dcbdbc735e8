package fi.verme.enrolment.web;

import fi.verme.enrolment.api.LateReason;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST …/imports/{importId}/commit}. {@code sendNotices} is the coordinator's explicit choice whether
 * the people imported get the "enrolment received" e-mail (with their personal link) as if they had used the form:
 * false for last year's list, which would otherwise mail hundreds of people at once. {@code lateReason} is needed
 * when the call is not open today, as for any enrolment a coordinator adds late.
 */
record ImportCommitRequest(@NotNull Boolean sendNotices, LateReason lateReason) {
}
