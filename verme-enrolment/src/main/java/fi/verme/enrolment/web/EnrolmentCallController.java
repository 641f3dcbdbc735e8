package fi.verme.enrolment.web;

import fi.verme.enrolment.api.AddEnrolmentCallTheme;
import fi.verme.enrolment.api.CloseEnrolmentCall;
import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.ExtendEnrolmentCall;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.ListEnrolmentCalls;
import fi.verme.enrolment.api.OpenEnrolmentCall;
import fi.verme.enrolment.api.Theme;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class EnrolmentCallController {

    private static final String CALL = "/programmes/{organiser}/{schoolYear}/enrolment-call";

    private final CommandGateway commands;
    private final QueryGateway queries;

    EnrolmentCallController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping(CALL)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EnrolmentCallView> open(@PathVariable String organiser, @PathVariable String schoolYear,
                                           @Valid @RequestBody EnrolmentCallRequest body) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        commands.sendAndWait(new OpenEnrolmentCall(programmeYear, body.themes(), body.targetRoles(),
                body.opensOn(), body.closesOn()));
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeYear.id() + "/enrolment-call"))
                .body(find(programmeYear));
    }

    @PostMapping(CALL + "/close")
    EnrolmentCallView close(@PathVariable String organiser, @PathVariable String schoolYear) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        commands.sendAndWait(new CloseEnrolmentCall(programmeYear));
        return find(programmeYear);
    }

    /** A theme more for people who enrol from now on; the call as it now stands. */
    @PostMapping(CALL + "/themes")
    EnrolmentCallView addTheme(@PathVariable String organiser, @PathVariable String schoolYear,
                               @Valid @RequestBody ThemeRequest body) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        commands.sendAndWait(new AddEnrolmentCallTheme(programmeYear, new Theme(body.code(), body.name())));
        return find(programmeYear);
    }

    /** A later closing date; the call as it now stands. */
    @PostMapping(CALL + "/extend")
    EnrolmentCallView extend(@PathVariable String organiser, @PathVariable String schoolYear,
                             @Valid @RequestBody CallExtensionRequest body) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        commands.sendAndWait(new ExtendEnrolmentCall(programmeYear, body.closesOn()));
        return find(programmeYear);
    }

    @GetMapping(CALL)
    EnrolmentCallView get(@PathVariable String organiser, @PathVariable String schoolYear) {
        return find(new ProgrammeYear(organiser, schoolYear));
    }

    /** The calls open today, for the public form to offer. */
    @GetMapping("/enrolment-calls")
    List<EnrolmentCallView> open() {
        return queries.query(new ListEnrolmentCalls(null, true),
                ResponseTypes.multipleInstancesOf(EnrolmentCallView.class)).join();
    }

    private EnrolmentCallView find(ProgrammeYear programmeYear) {
        return queries.query(new FindEnrolmentCall(programmeYear),
                        ResponseTypes.optionalInstanceOf(EnrolmentCallView.class)).join()
                .orElseThrow(() -> new EnrolmentCallNotFoundException(programmeYear));
    }
}
