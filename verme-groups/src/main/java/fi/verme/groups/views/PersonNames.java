package fi.verme.groups.views;

import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.FindPersons;
import fi.verme.enrolment.api.PersonView;
import fi.verme.groups.api.PersonName;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Names and e-mail addresses come from the enrolment module's person register at read time, through
 * the query gateway, so that an erased person shows as erased in every view at once.
 */
@Component
class PersonNames {

    private static final PersonName ERASED = new PersonName(null, null, true);

    private final QueryGateway queries;

    PersonNames(QueryGateway queries) {
        this.queries = queries;
    }

    Register of(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return new Register(Map.of());
        }
        List<PersonView> found = queries.query(new FindPersons(List.copyOf(personIds)),
                ResponseTypes.multipleInstancesOf(PersonView.class)).join();
        return new Register(found.stream().collect(Collectors.toMap(PersonView::personId, PersonView::contact,
                (a, b) -> a)));
    }

    record Register(Map<String, ContactDetails> contacts) {

        PersonName name(String personId) {
            var contact = contacts.get(personId);
            return contact == null ? ERASED : new PersonName(contact.firstName(), contact.lastName(), false);
        }

        String email(String personId) {
            return map(personId, ContactDetails::email);
        }

        private String map(String personId, Function<ContactDetails, String> field) {
            var contact = contacts.get(personId);
            return contact == null ? null : field.apply(contact);
        }
    }
}
