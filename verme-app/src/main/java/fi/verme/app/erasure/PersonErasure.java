package fi.verme.app.erasure;

import fi.verme.app.access.UserAccounts;
import fi.verme.compensation.api.FindUnpaidPay;
import fi.verme.compensation.api.UnpaidPay;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.ErasePerson;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.FindPersonGroups;
import fi.verme.groups.api.ForgetMentorImportRows;
import fi.verme.groups.api.PersonGroupView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure in the application's own stores, which are not views of the events and so cannot follow
 * {@code PersonErased} by themselves: the outbox, the stored idempotent answers, the user accounts and the
 * calendar feeds; and the groups module's pending mentor imports, which know a person only by the address in their rows.
 * It wraps the handling of {@link ErasePerson}: it reads the person's contact details before the register
 * forgets them (the event names nobody, by design), lets the register erase them, and then clears every
 * store in the same transaction, so either everything is forgotten or nothing is.
 * A person still owed pay is not erased until it is paid ({@link UnpaidPayException}), nor a mentor while a group they
 * lead goes on ({@link MentorLeadsGroupException}).
 * Certificate codes hold ids only: a check reads the holder from the register, and finds them erased.
 * The modules' own views hold no names, addresses or phone numbers (they read the register when asked);
 * what they keep about the person is handled by their own {@code PersonErased} handlers.
 */
@Component
class PersonErasure implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** What replaces a name where a record must keep its shape (the mentors in someone else's notice). */
    static final String ERASED = UserAccounts.ERASED;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final StoredAnswers storedAnswers;
    private final UserAccounts users;

    PersonErasure(CommandBus commandBus, CommandGateway commands, QueryGateway queries, JdbcTemplate jdbc,
                  StoredAnswers storedAnswers, UserAccounts users) {
        this.queries = queries;
        this.commands = commands;
        this.jdbc = jdbc;
        this.storedAnswers = storedAnswers;
        this.users = users;
        // Handler interceptors run inside the command bus's transaction, registered before this one.
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork.getMessage().getPayload() instanceof ErasePerson erase)) {
            return chain.proceed();
        }
        List<UnpaidPay> owed = queries.query(new FindUnpaidPay(erase.personId()),
                ResponseTypes.multipleInstancesOf(UnpaidPay.class)).join();
        if (!owed.isEmpty()) {
            throw new UnpaidPayException(owed);
        }
        var leading = queries.query(new FindPersonGroups(erase.personId()),
                ResponseTypes.multipleInstancesOf(PersonGroupView.class)).join().stream()
                .filter(group -> group.mentor() && !group.status().isClosed()).map(PersonGroupView::groupId).toList();
        if (!leading.isEmpty()) {
            throw new MentorLeadsGroupException(leading);
        }
        var contact = contactOf(erase.personId());
        // The answer to an anonymous enrolment names the enrolment (and its personal link), not the person.
        var enrolments = jdbc.queryForList("select enrolment_id from enrolment.roster_entry where person_id = ?",
                String.class, erase.personId());
        var result = chain.proceed();
        forget(erase.personId(), contact.orElse(null), enrolments);
        return result;
    }

    private void forget(String personId, ContactDetails contact, List<String> enrolments) {
        cancelAndStripMail(personId, contact);
        users.closeAccountsOf(personId, contact == null ? null : contact.email());
        // Their calendar feed: its address stops answering, and nothing of it is left.
        jdbc.update("delete from app.calendar_feed where person_id = ?", personId);
        // What they chose to hear, and the survey links sent to them (kept for the reminder).
        jdbc.update("delete from app.notice_opt_out where person_id = ?", personId);
        jdbc.update("delete from app.survey_invitation where person_id = ?", personId);
        // Which link confirmed their last new address, and when.
        jdbc.update("delete from app.email_confirmation where person_id = ?", personId);
        var identifiers = new ArrayList<String>(List.of(personId));
        identifiers.addAll(enrolments);
        if (contact != null) {
            // Sent inside the erasure's unit of work, so it commits (or not) with it.
            commands.sendAndWait(new ForgetMentorImportRows(contact.email()));
            identifiers.add(contact.email());
            identifiers.add(contact.email().toLowerCase(Locale.ROOT));
            identifiers.add(contact.phone());
        }
        storedAnswers.purgeMentioning(identifiers);
    }

    /**
     * Unsent mail to the person is cancelled (the sender only sends what is pending), and every message to
     * them loses address, subject, body (their name, personal links) and attachment; kind, status and dates
     * stay for the outbox's accounting. Messages queued before the outbox knew recipients are found by address,
     * and their dedup key (event and address, then) names the person by id instead.
     */
    private void cancelAndStripMail(String personId, ContactDetails contact) {
        jdbc.update("""
                update app.outbox set status = case when status = 'SENT' then status else 'CANCELLED' end,
                    dedup_key = replace(dedup_key, lower(coalesce(recipient_email, '')), ?),
                    person_id = ?, recipient_email = null, subject = null, body = null, attachment_name = null,
                    attachment = null, last_error = null, unsubscribe_url = null
                where person_id = ? or lower(recipient_email) = lower(?)""",
                personId, personId, personId, contact == null ? null : contact.email());
        if (contact != null) {
            // Mail to others that names them (a group's mentors in a placement notice).
            jdbc.update("""
                    update app.outbox set subject = replace(subject, ?, ?), body = replace(body, ?, ?)
                    where strpos(subject, ?) > 0 or strpos(body, ?) > 0""",
                    fullName(contact), ERASED, fullName(contact), ERASED, fullName(contact), fullName(contact));
        }
    }

    private Optional<ContactDetails> contactOf(String personId) {
        List<PersonView> found = queries.query(new FindPersons(List.of(personId)),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join();
        return found.stream().findFirst().map(PersonView::contact);
    }

    private static String fullName(ContactDetails contact) {
        return contact.firstName() + " " + contact.lastName();
    }
}
