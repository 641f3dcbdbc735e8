/**
 * Meetings module: the lookups that its command handling consults, kept in the transaction that appends
 * the events (subscribing processors, see {@code MeetingLookupProcessors}): groups as the meeting rules see them,
 * each programme year's hours cap, and which group's calendar each meeting belongs to. Rebuilt from the
 * events like any table, but never behind them.
 */
package fi.verme.meetings.lookups;
