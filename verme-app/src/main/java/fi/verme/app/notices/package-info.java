/** What people hear: notices written from the events into an outbox, and sent from there by e-mail. */
package fi.verme.app.notices;
