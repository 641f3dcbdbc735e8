/** What the meetings do when something happens elsewhere: a closed group's calendar is closed. */
package fi.verme.meetings.policies;
