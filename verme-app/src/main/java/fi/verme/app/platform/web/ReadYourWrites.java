package fi.verme.app.platform.web;

import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Read-your-writes for the HTTP API. The views are kept in the transaction that appends their events, so a
 * command that has returned has changed them, and the controller's answer, and any read the client makes after
 * it (on any instance), shows the write: the response says {@code Verme-Views: current}. What still streams
 * behind the store (the audit's event index) is waited for by the reads that use it
 * ({@link ProjectionBarrier#awaitForRead()}), not by every write.
 */
@Configuration(proxyBeanMethods = false)
public class ReadYourWrites {

    public static final String HEADER = "Verme-Views";

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return new ViewConsistentGateway(commandBus);
    }

    /**
     * An outermost command (a request's, or the application's own) is retried if it lost a race. A command
     * sent while another is being handled is not: it commits with that one, in its transaction, and a retry
     * belongs to the outermost command.
     */
    private static final class ViewConsistentGateway extends DefaultCommandGateway {

        private final DefaultCommandGateway nested;

        ViewConsistentGateway(CommandBus commandBus) {
            super(DefaultCommandGateway.builder().commandBus(commandBus)
                    .retryScheduler(new ConcurrentChangeRetry()));
            this.nested = DefaultCommandGateway.builder().commandBus(commandBus).build();
        }

        @Override
        public <R> R sendAndWait(Object command) {
            if (CurrentUnitOfWork.isStarted()) {
                return nested.sendAndWait(command);
            }
            R result = super.sendAndWait(command);
            tell(true);
            return result;
        }

        @Override
        public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
            if (CurrentUnitOfWork.isStarted()) {
                return nested.sendAndWait(command, timeout, unit);
            }
            R result = super.sendAndWait(command, timeout, unit);
            tell(true);
            return result;
        }
    }

    /** Says in the response of the request being served, if any, whether its reads show every write before it. */
    static void tell(boolean current) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            request.getResponse().setHeader(HEADER, current ? "current" : "stale");
        }
    }
}
