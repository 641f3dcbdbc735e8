/**
 * Groups module: aggregates (mentor, group, a programme year's group rules, survey), the rules that are not
 * aggregates (placement proposals and the placement optimiser, answering a survey and the pool that keeps its
 * answers anonymous), and the ports through which the rules consult current facts. No Spring, no JDBC.
 */
package fi.verme.groups.domain;
