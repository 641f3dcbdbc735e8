package fi.verme.compensation.api;

/** The programme year of a payment period; answered from a lookup that is current with every write. */
public record FindPeriodYear(String periodId) {
}
