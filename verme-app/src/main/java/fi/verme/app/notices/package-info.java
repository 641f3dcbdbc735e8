/**
 * What people hear, and where: notices written from the events into an outbox, and sent from there by e-mail;
 * reminders and the coordinators' weekly digest, looked for on a schedule; through
 * signed links, a person's notice preferences and their own contact details (a new address confirmed by a notice).
 */
package fi.verme.app.notices;
