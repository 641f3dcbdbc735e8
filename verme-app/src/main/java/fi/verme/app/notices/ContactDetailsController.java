package fi.verme.app.notices;

import fi.verme.app.access.EmailConfirmations;
import fi.verme.app.access.EnrolmentLinks;
import fi.verme.app.access.PersonalLinks;
import fi.verme.enrolment.api.ChangeEmail;
import fi.verme.enrolment.api.ChangePhone;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.shared.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own contact details through their personal link, without a login: how Verme reaches them. They see
 * their name, address and phone, correct the phone at once, and ask for a new address, which changes only when the
 * link sent to that address is opened and confirmed there (a POST from the page, so that a mail scanner following
 * the link changes nothing); the old address is then told, so that a change nobody meant is noticed. It sits with
 * the notices because the address is where they go, and the confirmation is one of them.
 */
@RestController
class ContactDetailsController {

    private static final Logger LOG = LoggerFactory.getLogger(ContactDetailsController.class);
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final EnrolmentLinks links;
    private final Mailings mailings;
    private final PersonalLinks personalLinks;
    private final EmailConfirmations confirmations;
    private final CommandGateway commands;
    private final Clock clock;

    ContactDetailsController(EnrolmentLinks links, Mailings mailings, PersonalLinks personalLinks,
                             EmailConfirmations confirmations, CommandGateway commands, Clock clock) {
        this.links = links;
        this.mailings = mailings;
        this.personalLinks = personalLinks;
        this.confirmations = confirmations;
        this.commands = commands;
        this.clock = clock;
    }

    /** The person's details as the register keeps them, which every roster and notice reads. */
    record OwnContactDetails(String firstName, String lastName, String email, String phone) {

        static OwnContactDetails of(ContactDetails contact) {
            return new OwnContactDetails(contact.firstName(), contact.lastName(), contact.email(), contact.phone());
        }
    }

    /** {@code phone}: the new number; an empty one removes it (a missing one is a mistake, not a removal). */
    record PhoneChange(
            @NotNull @Size(max = 40) @Pattern(regexp = "\\s*|\\+?[0-9 ()-]{5,40}",
                    message = "{verme.phone-or-empty.message}")
            String phone) {
    }

    record EmailChangeRequest(
            @NotBlank @Email(regexp = ContactDetails.EMAIL_PATTERN, message = ContactDetails.EMAIL_ALLOWED)
            @Size(max = 320) String email) {
    }

    /** Where the confirmation went, and until when it may be confirmed; nothing has changed yet. */
    record EmailChangePending(String email, Instant confirmBy) {
    }

    /** The address the person is reached at from now on. */
    record EmailConfirmed(String email) {
    }

    @GetMapping("/api/enrolment-links/{token}/contact-details")
    OwnContactDetails get(@PathVariable String token) {
        var enrolment = linked(token);
        return OwnContactDetails.of(registered(enrolment));
    }

    @PutMapping("/api/enrolment-links/{token}/contact-details/phone")
    OwnContactDetails changePhone(@PathVariable String token, @Valid @RequestBody PhoneChange body) {
        var enrolment = linked(token);
        var phone = body.phone().isBlank() ? null : body.phone().strip();
        commands.sendAndWait(new ChangePhone(enrolment.personId(), phone));
        LOG.info("Phone number changed through the personal link of enrolment {}", enrolment.enrolmentId());
        return OwnContactDetails.of(registered(enrolment));
    }

    /** Sends the new address a link that confirms it; the address stays as it is until then. */
    @PostMapping("/api/enrolment-links/{token}/contact-details/email")
    ResponseEntity<EmailChangePending> requestEmailChange(@PathVariable String token,
                                                          @Valid @RequestBody EmailChangeRequest body) {
        var enrolment = linked(token);
        var current = registered(enrolment);
        var email = body.email().strip();
        if (email.equalsIgnoreCase(current.email())) {
            throw new InvalidInputException("email", "an address other than the one you have now");
        }
        var link = links.issue(links.emailChangeSubject(enrolment.enrolmentId(), current.email(), email),
                EnrolmentLinks.EMAIL_CHANGE_VALID_FOR);
        var year = enrolment.programmeYear();
        // Keyed by person and a fresh id, never the address: the key outlives erasure.
        mailings.sendToUnconfirmedAddress("contact-confirmation:" + enrolment.personId() + ":" + UUID.randomUUID(),
                year, enrolment.personId(), new ContactDetails(current.firstName(), current.lastName(), email, null),
                mailings.languageOf(enrolment.enrolmentId(), year),
                Map.of("link", mailings.address("/#/yhteystiedot/" + link.token())));
        LOG.info("New e-mail address asked for through the personal link of enrolment {}", enrolment.enrolmentId());
        return ResponseEntity.accepted().body(new EmailChangePending(email, link.expiresAt()));
    }

    /**
     * The new address confirmed by the one who reads it: the register knows the person by it from now on, and the
     * old address hears that it was changed. Confirming again (twice at once, too) changes nothing and tells nobody
     * twice. A link applies only while the address it replaces is still the person's and no other link was confirmed
     * since it was sent; else it is refused, so that whoever holds an old link cannot take the address back.
     */
    @PostMapping("/api/contact-confirmations/{token}")
    EmailConfirmed confirm(@PathVariable String token) {
        var change = links.emailChangeOf(token);
        var enrolment = personalLinks.personsEnrolment(change.enrolmentId());
        var before = registered(enrolment);
        if (!before.email().equals(change.email())) {
            links.requireStillApplies(change, before.email());
            if (confirmations.claim(enrolment.personId(), token, change.sentAt()) == EmailConfirmations.Claim.APPLY) {
                try {
                    commands.sendAndWait(new ChangeEmail(enrolment.personId(), change.email()));
                } catch (RuntimeException refused) {
                    confirmations.release(enrolment.personId(), token);
                    throw refused;
                }
                LOG.info("E-mail address changed for the person of enrolment {}", enrolment.enrolmentId());
                tellOldAddress(enrolment, before);
            }
        }
        return new EmailConfirmed(change.email());
    }

    private void tellOldAddress(EnrolmentView enrolment, ContactDetails before) {
        var year = enrolment.programmeYear();
        var language = mailings.languageOf(enrolment.enrolmentId(), year);
        var now = clock.instant().atZone(FINLAND);
        mailings.send("contact-changed:" + enrolment.personId() + ":" + UUID.randomUUID(), year,
                NoticeKind.CONTACT_CHANGED, enrolment.personId(), before, language,
                Map.of("changedAt", MeetingEntry.DATE.format(now) + " " + MeetingEntry.time(now.toLocalTime(),
                        language)), null);
    }

    /** The enrolment of a genuine personal link, whose person is still in the register. */
    private EnrolmentView linked(String token) {
        return personalLinks.enrolmentOf(token);
    }

    private ContactDetails registered(EnrolmentView enrolment) {
        return mailings.contact(enrolment.personId())
                .orElseThrow(() -> new EnrolmentNotFoundException(enrolment.enrolmentId()));
    }
}
