package fi.verme.app.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Read-your-writes for the HTTP API: a command sent while serving a request returns only once the
 * views have processed its events, so the controller's answer, and any read the client makes
 * after it, shows the write. The wait is bounded; if the views have not caught up in time the
 * response says {@code Verme-Views: stale}. Commands sent outside a request do not wait.
 */
@Configuration(proxyBeanMethods = false)
class ReadYourWrites {

    static final String HEADER = "Verme-Views";

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ProjectionBarrier barrier,
                                  @Value("${verme.read-your-writes-timeout}") Duration timeout) {
        return new ViewConsistentGateway(DefaultCommandGateway.builder().commandBus(commandBus), barrier, timeout);
    }

    private static final class ViewConsistentGateway extends DefaultCommandGateway {

        private final ProjectionBarrier barrier;
        private final Duration timeout;

        ViewConsistentGateway(DefaultCommandGateway.Builder builder, ProjectionBarrier barrier, Duration timeout) {
            super(builder);
            this.barrier = barrier;
            this.timeout = timeout;
        }

        @Override
        public <R> R sendAndWait(Object command) {
            R result = super.sendAndWait(command);
            awaitViews();
            return result;
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            R result = super.sendAndWait(command, timeout, unit);
            awaitViews();
            return result;
        }

        private void awaitViews() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getResponse() != null) {
                request.getResponse().setHeader(HEADER, barrier.awaitViewsCurrent(timeout) ? "current" : "stale");
            }
        }
    }
}
