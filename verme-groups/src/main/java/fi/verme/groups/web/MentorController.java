package fi.verme.groups.web;

import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.RegisterPerson;
import fi.verme.groups.api.ChangeMentorDetails;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.ListMentors;
import fi.verme.groups.api.MentorNotFoundException;
import fi.verme.groups.api.MentorView;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mentors")
class MentorController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    MentorController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * The person goes to the register first (or is found there by e-mail), then becomes a mentor of
     * {@code ?organiser=}: that organiser's coordinators change the mentor's details, and its programme
     * years pay the mentor's organising hours. Other organisers see the mentor and may place them in a group.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MentorView> register(@RequestParam String organiser, @Valid @RequestBody MentorRequest body) {
        if (!ProgrammeYear.isOrganiser(organiser)) {
            throw new InvalidInputException("organiser",
                    "the organiser the mentor belongs to: an organiser slug, e.g. seinajoki");
        }
        String personId = commands.sendAndWait(new RegisterPerson(UUID.randomUUID().toString(),
                new ContactDetails(body.firstName().strip(), body.lastName().strip(), body.email().strip(),
                        body.phone() == null || body.phone().isBlank() ? null : body.phone().strip())));
        var mentorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterMentor(mentorId, personId, body.organisation(), body.trainingYear(),
                body.trainingProvider(), organiser));
        return ResponseEntity.created(URI.create("/api/mentors/" + mentorId)).body(get(mentorId));
    }

    @GetMapping
    List<MentorView> list() {
        return queries.query(new ListMentors(), ResponseTypes.multipleInstancesOf(MentorView.class)).join();
    }

    @GetMapping("/{mentorId}")
    MentorView get(@PathVariable String mentorId) {
        return queries.query(new FindMentor(mentorId), ResponseTypes.optionalInstanceOf(MentorView.class)).join()
                .orElseThrow(() -> new MentorNotFoundException(mentorId));
    }

    @PutMapping("/{mentorId}")
    MentorView change(@PathVariable String mentorId, @Valid @RequestBody MentorDetailsRequest body) {
        commands.sendAndWait(new ChangeMentorDetails(mentorId, body.organisation(), body.trainingYear(),
                body.trainingProvider()));
        return get(mentorId);
    }
}
