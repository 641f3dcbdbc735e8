package fi.verme.compensation.api;

public record FindPaymentPeriod(String periodId) {
}
