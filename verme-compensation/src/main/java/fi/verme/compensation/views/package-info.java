/**
 * Compensation module: the read models. The ledger of what is owed (kept in the transaction that appends its
 * events and rebuildable from them, declared in {@code CompensationViews}), the report finance reads, priced from it under the current rules, and a
 * programme year's compensation as of a past day, folded from the events an auditor gives.
 */
package fi.verme.compensation.views;
