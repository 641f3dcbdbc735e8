/**
 * What an operator watches: Verme's own metrics beside Spring's and Axon's at {@code /actuator/prometheus}
 * (each view's lag behind the event store, the outbox's backlog and failures, the hash chain's lag); the
 * commands by type and outcome with their latency come from Axon's Micrometer module, failed sign-ins from
 * the login throttle. And the container image's health check ({@code ReadinessCheck}), a program of its own
 * that asks the running Verme whether it is ready.
 */
package fi.verme.app.monitoring;
