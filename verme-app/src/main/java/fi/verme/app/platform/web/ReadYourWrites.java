package fi.verme.app.platform.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
public class ReadYourWrites {

    public static final String HEADER = "Verme-Views";

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ProjectionBarrier barrier,
                                  @Value("${verme.read-your-writes-timeout}") Duration timeout) {
        return new ViewConsistentGateway(commandBus, barrier, timeout);
    }

    /**
     * An outermost command (a request's, or the application's own) is retried if it lost a race and,
     * in a request, waits for the views. A command sent while another is being handled does neither:
     * it commits with that one, in its transaction, so its views cannot catch up before then, and a
     * retry belongs to the outermost command.
     */
    private static final class ViewConsistentGateway extends DefaultCommandGateway {

        private final DefaultCommandGateway nested;
        private final ProjectionBarrier barrier;
        private final Duration timeout;

        ViewConsistentGateway(CommandBus commandBus, ProjectionBarrier barrier, Duration timeout) {
            super(DefaultCommandGateway.builder().commandBus(commandBus)
                    .retryScheduler(new ConcurrentChangeRetry()));
            this.nested = DefaultCommandGateway.builder().commandBus(commandBus).build();
            this.barrier = barrier;
            this.timeout = timeout;
        }

        @Override
        public <R> R sendAndWait(Object command) {
            if (CurrentUnitOfWork.isStarted()) {
                return nested.sendAndWait(command);
            }
            R result = super.sendAndWait(command);
            awaitViews();
            return result;
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            if (CurrentUnitOfWork.isStarted()) {
                return nested.sendAndWait(command, timeout, unit);
            }
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
