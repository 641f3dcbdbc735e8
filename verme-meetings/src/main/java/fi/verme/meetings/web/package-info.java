/** Meetings module: HTTP controllers, the iCalendar feed, and the module's problems. */
package fi.verme.meetings.web;
