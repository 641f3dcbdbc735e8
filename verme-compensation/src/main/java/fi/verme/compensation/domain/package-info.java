/**
 * Compensation module: the rules (with the seed documents' presets), each programme year's claims and
 * payment ledger, which events make money owed ({@link fi.verme.compensation.domain.OwedSource}) and how it
 * is priced ({@link fi.verme.compensation.domain.FeeSchedule}), and that year's compensation folded from its
 * events ({@link fi.verme.compensation.domain.CompensationHistory}). No Spring, no JDBC.
 */
package fi.verme.compensation.domain;
