package fi.verme.app.access;

import fi.verme.enrolment.api.FindPersonalLink;
import fi.verme.enrolment.api.PersonalLinkView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The signed link for the answer to a new enrolment, so that the public form's confirmation can offer it at once: the
 * enrolment module asks for it with {@link FindPersonalLink}. It is a receipt ({@link EnrolmentLinks#receiptSubject}):
 * it shows and withdraws the enrolment, while the person's own link, which acts as them, goes to their address in
 * the receipt e-mail. {@code personalLink} is the UI's page for the enrolment.
 */
@Component
class PersonalLinkOnEnrolment {

    private final EnrolmentLinks links;

    PersonalLinkOnEnrolment(EnrolmentLinks links) {
        this.links = links;
    }

    @QueryHandler
    PersonalLinkView link(FindPersonalLink query) {
        var link = links.issue(EnrolmentLinks.receiptSubject(query.enrolmentId()));
        return new PersonalLinkView(link.token(), "/#/oma/" + link.token(), link.expiresAt());
    }
}
