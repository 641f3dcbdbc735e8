/**
 * Groups module: lookups the rules consult, the rosters and overviews, the policies that keep the
 * enrolment's status in step with placement, and placement proposals.
 */
package fi.verme.groups.projection;
