/**
 * What an auditor needs: the year's events exported with their hash chain and signed checkpoints, the
 * state as of a date, and rebuilding the views from the events (replays).
 */
package fi.verme.app.audit;
