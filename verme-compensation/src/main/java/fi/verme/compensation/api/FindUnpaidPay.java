package fi.verme.compensation.api;

/**
 * What is owed to this person and not yet paid, as a mentor or as a person paid (a participant's travel, a substitute's
 * day): answered with an {@link UnpaidPay} for each programme year that owes them, none when nothing is owed.
 */
public record FindUnpaidPay(String personId) {
}
