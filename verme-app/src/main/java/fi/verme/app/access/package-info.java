/**
 * Who may do what: the security chain (every filter in one declared order, SecurityConfiguration), the
 * access rules for every endpoint (AccessRules, decided by AccessPolicy on the object the handler will use),
 * accounts, grants and sessions, personal links, idempotent retries, and who and why on every command
 * (RequestMetadata).
 */
package fi.verme.app.access;
