package fi.verme.enrolment.web;

import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.EnrolmentSummaryView;
import fi.verme.enrolment.api.EnrolmentView;
import fi.verme.enrolment.api.FindEnrolment;
import fi.verme.enrolment.api.FindEnrolmentSummary;
import fi.verme.enrolment.api.FindPersonalLink;
import fi.verme.enrolment.api.ListEnrolments;
import fi.verme.enrolment.api.PersonalLinkView;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.enrolment.api.WithdrawEnrolment;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class EnrolmentController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    EnrolmentController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Set by the application's access policy: the role the request was allowed as, decided on this
     * path's organiser ({@code COORDINATOR} for a coordinator of it). Absent for the public form.
     */
    static final String PERMITTED_AS = "verme.permittedAs";

    @PostMapping("/programmes/{organiser}/{schoolYear}/enrolments")
    ResponseEntity<EnrolmentCreated> submit(@PathVariable String organiser, @PathVariable String schoolYear,
                                            @Valid @RequestBody EnrolmentRequest body,
                                            @RequestAttribute(name = PERMITTED_AS, required = false)
                                            String permittedAs) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        boolean byCoordinator = "COORDINATOR".equals(permittedAs);
        var enrolmentId = UUID.randomUUID().toString();
        commands.sendAndWait(new SubmitEnrolment(enrolmentId, UUID.randomUUID().toString(), programmeYear,
                new ContactDetails(body.firstName().strip(), body.lastName().strip(), body.email().strip(),
                        body.phone() == null || body.phone().isBlank() ? null : body.phone().strip()),
                body.role(), body.employer().strip(), body.unit().strip(), body.careerStage(), body.themeWishes(),
                body.availability(), body.consentToProcessing(), body.lateReason(), byCoordinator));
        var link = queries.query(new FindPersonalLink(enrolmentId), PersonalLinkView.class).join();
        return ResponseEntity.created(URI.create("/api/enrolments/" + enrolmentId))
                .body(new EnrolmentCreated(enrolmentId, link.token(), link.personalLink(), link.expiresAt()));
    }

    @GetMapping("/enrolments/{enrolmentId}")
    EnrolmentView get(@PathVariable String enrolmentId) {
        return queries.query(new FindEnrolment(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join().orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
    }

    @PostMapping("/enrolments/{enrolmentId}/withdraw")
    EnrolmentView withdraw(@PathVariable String enrolmentId, @Valid @RequestBody WithdrawalRequest body) {
        commands.sendAndWait(new WithdrawEnrolment(enrolmentId, body.reason()));
        return get(enrolmentId);
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/enrolments")
    List<EnrolmentView> list(@PathVariable String organiser, @PathVariable String schoolYear,
                             @RequestParam(required = false) String theme,
                             @RequestParam(required = false) EnrolmentStatus status,
                             @RequestParam(required = false) Role role) {
        return queries.query(new ListEnrolments(new ProgrammeYear(organiser, schoolYear), theme, status, role),
                ResponseTypes.multipleInstancesOf(EnrolmentView.class)).join();
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/enrolments/summary")
    EnrolmentSummaryView summary(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindEnrolmentSummary(new ProgrammeYear(organiser, schoolYear)),
                EnrolmentSummaryView.class).join();
    }
}
