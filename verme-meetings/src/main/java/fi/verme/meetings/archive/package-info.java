/**
 * Meetings module: the minutes archive, where the text of the minutes is kept outside the event store
 * (events are copied to auditors; the group promised confidentiality), written in the transaction of the
 * command that records the minutes, and read only by the group. Not a view: the events do not carry the
 * text, so it cannot be rebuilt from them, and no replay or reset touches it.
 */
package fi.verme.meetings.archive;
