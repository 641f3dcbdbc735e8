/**
 * Enrolment module: the lookups its rules consult (the calls' terms, each person's active enrolment),
 * kept in tables that are updated in the same transaction as the events (subscribing processors).
 */
package fi.verme.enrolment.lookups;
