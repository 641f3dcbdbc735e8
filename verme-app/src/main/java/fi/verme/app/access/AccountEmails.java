package fi.verme.app.access;

import fi.verme.enrolment.api.ChangeEmail;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * A person's accounts follow their confirmed new address ({@link UserAccounts#followEmail}), in the transaction that
 * changes it in the register: it wraps the handling of {@link ChangeEmail}, reading the address it replaces first.
 */
@Component
class AccountEmails implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final QueryGateway queries;
    private final UserAccounts users;

    AccountEmails(CommandBus commandBus, QueryGateway queries, UserAccounts users) {
        this.queries = queries;
        this.users = users;
        // Handler interceptors run inside the command bus's transaction, registered before this one.
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork.getMessage().getPayload() instanceof ChangeEmail change)) {
            return chain.proceed();
        }
        List<PersonView> before = queries.query(new FindPersons(List.of(change.personId())),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join();
        var result = chain.proceed();
        before.forEach(person -> users.followEmail(change.personId(), person.contact().email(),
                change.email().trim()));
        return result;
    }
}
