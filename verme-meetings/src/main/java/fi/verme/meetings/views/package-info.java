/**
 * Meetings module: the read models, kept in the transaction that appends their events and rebuildable from
 * them (declared in {@code MeetingViews}, each with a reset handler): each group's calendar and its hours
 * against the cap, and who attended what.
 */
package fi.verme.meetings.views;
