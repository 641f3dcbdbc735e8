/**
 * Compensation module: the directory the rules consult, the ledger of what is owed (rebuilt from the
 * events), and the report finance reads.
 */
package fi.verme.compensation.projection;
