/**
 * Compensation module: the directory its rules consult (the rules in force, mentors, groups, and which
 * programme year each claim and payment period belongs to), kept in the transaction that appends the
 * events (a subscribing processor, see {@code CompensationLookupProcessors}).
 */
package fi.verme.compensation.lookups;
