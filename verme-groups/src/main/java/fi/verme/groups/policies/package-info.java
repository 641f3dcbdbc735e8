/**
 * Groups module: the policies that keep the enrolment in step with placement. They react to events by
 * sending commands (placed, back on the waiting list, out of the group on withdrawal, withdrawn when the person
 * is erased), in subscribing processors, and are never replayed.
 */
package fi.verme.groups.policies;
