/**
 * Meetings module: lookups the rules consult, the minutes archive, the group calendars and hour
 * counters, attendance, and the joint meetings service.
 */
package fi.verme.meetings.projection;
