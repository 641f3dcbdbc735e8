/**
 * Compensation module: upcasters that read the module's old event revisions as today's. Beside no one view: every
 * reader of the events (the aggregates' own history included) goes through them.
 */
package fi.verme.compensation.upcasting;
