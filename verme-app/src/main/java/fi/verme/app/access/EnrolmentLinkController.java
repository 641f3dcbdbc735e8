package fi.verme.app.access;

import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.FindRegistrations;
import fi.verme.enrolment.api.Registrations;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.enrolment.api.WithdrawalReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own enrolment through their personal link, without a login: see it, or withdraw it.
 * The coordinator may ask for the link of an enrolment that brought its person to the register and pass it on (its
 * issue is logged); the receipt e-mail carries it to the person's address in any case.
 */
@RestController
class EnrolmentLinkController {

    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentLinkController.class);

    private final EnrolmentLinks links;
    private final PersonalLinks personalLinks;
    private final QueryGateway queries;
    private final CommandGateway commands;

    EnrolmentLinkController(EnrolmentLinks links, PersonalLinks personalLinks, QueryGateway queries,
                            CommandGateway commands) {
        this.links = links;
        this.personalLinks = personalLinks;
        this.queries = queries;
        this.commands = commands;
    }

    record PersonalLink(String enrolmentId, String link, String token, Instant expiresAt) {
    }

    record LinkWithdrawal(@NotNull WithdrawalReason reason) {
    }


    @GetMapping("/api/enrolments/{enrolmentId}/link")
    PersonalLink link(@PathVariable String enrolmentId) {
        var enrolment = find(enrolmentId);
        // The link acts as the person everywhere (their details, address, calendar): a coordinator gets it only for
        // someone this enrolment alone brought to the register. Anyone else gets theirs at their own address.
        boolean knownBesides = enrolment.personId() != null && queries.query(new FindRegistrations(
                        enrolment.personId()), ResponseTypes.optionalInstanceOf(Registrations.class)).join()
                .map(registrations -> registrations.count() > 1).orElse(false);
        if (knownBesides) {
            throw new PersonKnownBesidesException(enrolmentId);
        }
        var link = links.issue(enrolment.enrolmentId());
        var path = "/api/enrolment-links/" + link.token();
        // Not the link itself: a log outlives erasure, and whoever reads the link can act as the person.
        LOG.info("Personal link issued for enrolment {}", enrolmentId);
        return new PersonalLink(enrolmentId, path, link.token(), link.expiresAt());
    }

    /** The enrolment; through a receipt link without its person's details, which are the register's, not the form's. */
    @GetMapping("/api/enrolment-links/{token}")
    EnrolmentView open(@PathVariable String token) {
        var linked = links.enrolmentOrReceiptOf(token);
        return shown(personalLinks.personsEnrolment(linked.enrolmentId()), linked);
    }

    @PostMapping("/api/enrolment-links/{token}/withdraw")
    EnrolmentView withdraw(@PathVariable String token, @Valid @RequestBody LinkWithdrawal body) {
        var linked = links.enrolmentOrReceiptOf(token);
        var enrolmentId = personalLinks.personsEnrolment(linked.enrolmentId()).enrolmentId();
        commands.sendAndWait(new WithdrawEnrolment(enrolmentId, body.reason()));
        return shown(find(enrolmentId), linked);
    }

    private static EnrolmentView shown(EnrolmentView enrolment, EnrolmentLinks.LinkedEnrolment linked) {
        return linked.receipt() ? enrolment.withoutPerson() : enrolment;
    }

    private EnrolmentView find(String enrolmentId) {
        return queries.query(new FindEnrolment(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join().orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
    }
}
