package fi.verme.app.organisers;

import fi.verme.app.access.CurrentUser;
import fi.verme.app.access.Grant;
import fi.verme.app.access.IdentityProviders;
import fi.verme.app.access.UserAccounts;
import fi.verme.app.organisers.Organiser.Names;
import fi.verme.app.organisers.Organiser.Registration;
import fi.verme.app.platform.web.ProblemTexts;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.ListEnrolmentCalls;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisers' register over HTTP: the installation's admins register and change organisers; anyone with
 * a grant for an organiser reads it and its programme years; the names alone are public, for the public
 * pages. Who may call what is AccessRules'.
 */
@RestController
class OrganiserController {

    private final Organisers organisers;
    private final UserAccounts users;
    private final QueryGateway queries;
    private final IdentityProviders identityProviders;

    OrganiserController(Organisers organisers, UserAccounts users, QueryGateway queries,
                        IdentityProviders identityProviders) {
        this.organisers = organisers;
        this.users = users;
        this.queries = queries;
        this.identityProviders = identityProviders;
    }

    /**
     * An organiser as an admin registers it. {@code slug}: given when registering, never changed afterwards;
     * {@code defaultLanguage}: what its people are written to in when their own language is not known;
     * {@code identityProvider}: the registration id of its OpenID Connect provider
     * ({@code spring.security.oauth2.client.registration.<id>}), if it has one: one the operator configured.
     */
    record OrganiserRequest(
            @Size(max = 40) String slug,
            @NotNull @Valid NamesRequest name,
            @NotBlank @Size(max = 20) String businessId,
            @NotBlank @Email(regexp = ContactDetails.EMAIL_PATTERN, message = ContactDetails.EMAIL_ALLOWED)
            @Size(max = 320) String contactEmail,
            @NotNull @Pattern(regexp = "fi|sv|en", message = "{verme.language.message}") String defaultLanguage,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{verme.registration-id.message}")
            String identityProvider) {

        Registration registration(List<String> configuredProviders) {
            var provider = identityProvider == null || identityProvider.isBlank() ? null : identityProvider;
            if (provider != null && !configuredProviders.contains(provider)) {
                throw new InvalidInputException("identityProvider", configuredProviders.isEmpty()
                        ? "left out: no identity provider is configured (spring.security.oauth2.client.registration)"
                        : "left out, or one of the configured identity providers: "
                                + String.join(", ", configuredProviders));
            }
            var id = businessId.strip();
            if (!BusinessId.isValid(id)) {
                throw new InvalidInputException("businessId", BusinessId.ALLOWED);
            }
            var english = name.en() == null || name.en().isBlank() ? null : name.en().strip();
            return new Registration(new Names(name.fi().strip(), name.sv().strip(), english), id, contactEmail.strip(),
                    defaultLanguage, provider);
        }
    }

    /** The official names: Finnish and Swedish required, English optional. */
    record NamesRequest(@NotBlank @Size(max = 200) String fi, @NotBlank @Size(max = 200) String sv,
                        @Size(max = 200) String en) {
    }

    /**
     * What anyone may know of an organiser: its names, and its contact address, which its accessibility
     * statement gives for feedback (an official address, as the law asks of a public-sector service).
     */
    record OrganiserName(String slug, Names name, String contactEmail) {
    }

    /** One of the organiser's programme years: its title in the reader's language and its call. */
    record ProgrammeYearView(String schoolYear, String title, EnrolmentCallView.Status callStatus, LocalDate opensOn,
                             LocalDate closesOn) {
    }

    @PostMapping("/api/organisers")
    @ResponseStatus(HttpStatus.CREATED)
    Organiser register(@Valid @RequestBody OrganiserRequest body) {
        if (body.slug() == null || !ProgrammeYear.isOrganiser(body.slug())) {
            throw new InvalidInputException("slug", "an organiser slug: 2-40 lowercase letters a-z, digits or '-', "
                    + "e.g. seinajoki (the one its programme years carry)");
        }
        return organisers.register(body.slug(), body.registration(identityProviders.registrationIds()),
                CurrentUser.userId().orElseThrow());
    }

    @PutMapping("/api/organisers/{organiser}")
    Organiser change(@PathVariable String organiser, @Valid @RequestBody OrganiserRequest body) {
        if (body.slug() != null && !body.slug().equals(organiser)) {
            throw new InvalidInputException("slug", organiser + " or left out: an organiser’s slug never changes");
        }
        return organisers.change(organiser, body.registration(identityProviders.registrationIds()),
                CurrentUser.userId().orElseThrow());
    }

    /** The organisers the caller's grants reach (every one for a grant for all organisers). */
    @GetMapping("/api/organisers")
    List<Organiser> list(HttpServletRequest request) {
        var grants = CurrentUser.account(request, users).orElseThrow().grants().stream().map(Grant::organiser)
                .toList();
        return grants.contains(Grant.ALL_ORGANISERS) ? organisers.list() : organisers.list(grants);
    }

    @GetMapping("/api/organisers/{organiser}")
    Organiser get(@PathVariable String organiser) {
        return organisers.find(organiser).orElseThrow(() -> new OrganiserNotFoundException(organiser));
    }

    /**
     * The organiser's programme years, newest first, from their enrolment calls; also while the organiser is
     * not registered (the titles then show its slug).
     */
    @GetMapping("/api/organisers/{organiser}/years")
    List<ProgrammeYearView> years(@PathVariable String organiser) {
        if (!ProgrammeYear.isOrganiser(organiser)) {
            throw new OrganiserNotFoundException(organiser);
        }
        var calls = queries.query(new ListEnrolmentCalls(Set.of(organiser), false),
                ResponseTypes.multipleInstancesOf(EnrolmentCallView.class)).join();
        if (calls.isEmpty() && organisers.find(organiser).isEmpty()) {
            throw new OrganiserNotFoundException(organiser);
        }
        var language = ProblemTexts.currentLocale().getLanguage();
        return calls.stream().map(call -> new ProgrammeYearView(call.programmeYear().schoolYear(),
                organisers.title(call.programmeYear(), language), call.status(), call.opensOn(), call.closesOn()))
                .toList();
    }

    /** Every registered organiser's names: public, for the public pages and the UI's headings. */
    @GetMapping("/api/organiser-names")
    List<OrganiserName> names() {
        return organisers.list().stream().map(organiser -> new OrganiserName(organiser.slug(), organiser.name(),
                organiser.contactEmail())).toList();
    }
}
