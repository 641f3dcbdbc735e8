/**
 * Compensation module: the rules (with the seed documents' presets), the claim book and the payment
 * ledger of each programme year, and the fee calculation. No Spring, no JDBC.
 */
package fi.verme.compensation.domain;
