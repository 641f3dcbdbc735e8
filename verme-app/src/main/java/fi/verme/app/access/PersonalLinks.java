package fi.verme.app.access;

import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.FindEnrolment;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What a person's own link acts on: the enrolment it signs, while its person is in the register. Every endpoint that
 * acts as the person through their link (their details, their calendar) resolves it here, so that an erased person's
 * link finds nothing everywhere alike.
 */
@Component
public class PersonalLinks {

    private final EnrolmentLinks links;
    private final QueryGateway queries;

    PersonalLinks(EnrolmentLinks links, QueryGateway queries) {
        this.links = links;
        this.queries = queries;
    }

    /** The enrolment of a genuine personal link (not a receipt), whose person is still in the register. */
    public EnrolmentView enrolmentOf(String token) {
        return personsEnrolment(links.enrolmentOf(token));
    }

    /** The enrolment, whose person is still in the register; else 404, with nothing of theirs to keep again. */
    public EnrolmentView personsEnrolment(String enrolmentId) {
        var enrolment = queries.query(new FindEnrolment(enrolmentId),
                ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join()
                .orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
        if (enrolment.personId() == null || enrolment.erased()) {
            throw new EnrolmentNotFoundException(enrolmentId);
        }
        return enrolment;
    }
}
