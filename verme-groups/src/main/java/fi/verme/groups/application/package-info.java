/**
 * Groups module: the command handlers that are not aggregates. Placement proposals and answering a survey
 * load their state from tables, ask a rule of {@code domain}, store the outcome and send the commands or keep
 * the answers it decides.
 */
package fi.verme.groups.application;
