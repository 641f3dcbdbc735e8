/**
 * Compensation module's published contract: each programme year's compensation rules, claims,
 * payment periods, and what finance reads; commands, events, queries, views and errors.
 */
package fi.verme.compensation.api;
