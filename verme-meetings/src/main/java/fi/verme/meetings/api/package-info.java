/**
 * Meetings module's published contract: a group's meetings, attendance, minutes (whose text never
 * travels in events), joint meetings and hour counters; commands, events, queries, views and errors.
 */
package fi.verme.meetings.api;
