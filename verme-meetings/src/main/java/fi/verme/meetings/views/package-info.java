/**
 * Meetings module: the read models, rebuildable from the events (tracking processors with a reset
 * handler): each group's calendar and its hours against the cap, and who attended what.
 */
package fi.verme.meetings.views;
