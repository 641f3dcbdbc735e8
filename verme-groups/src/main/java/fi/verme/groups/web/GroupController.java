package fi.verme.groups.web;

import fi.verme.groups.api.CancelGroup;
import fi.verme.groups.api.CompleteGroup;
import fi.verme.groups.api.FindGroup;
import fi.verme.groups.api.FindGroupSizeRule;
import fi.verme.groups.api.FindMentor;
import fi.verme.groups.api.FindProgrammeOverview;
import fi.verme.groups.api.FormGroup;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupSizeRuleView;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.GroupSummaryView;
import fi.verme.groups.api.GroupView;
import fi.verme.groups.api.ListGroups;
import fi.verme.groups.api.MentorView;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.ProgrammeOverview;
import fi.verme.groups.api.RecordActionAgreement;
import fi.verme.groups.api.RemovalReason;
import fi.verme.groups.api.RemoveParticipant;
import fi.verme.groups.api.SetGroupSizeRule;
import fi.verme.groups.api.StartGroup;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api")
class GroupController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    GroupController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/group-size-rule")
    GroupSizeRuleView sizeRule(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindGroupSizeRule(new ProgrammeYear(organiser, schoolYear)), GroupSizeRuleView.class)
                .join();
    }

    @PutMapping("/programmes/{organiser}/{schoolYear}/group-size-rule")
    Map<String, Integer> setSizeRule(@PathVariable String organiser, @PathVariable String schoolYear,
                                     @Valid @RequestBody GroupSizeRuleRequest body) {
        commands.sendAndWait(new SetGroupSizeRule(new ProgrammeYear(organiser, schoolYear), body.minSize(),
                body.maxSize()));
        return Map.of("minSize", body.minSize(), "maxSize", body.maxSize());
    }

    @PostMapping("/programmes/{organiser}/{schoolYear}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<GroupView> form(@PathVariable String organiser, @PathVariable String schoolYear,
                                   @Valid @RequestBody GroupRequest body) {
        // An erased mentor leads no new group: its meetings would pay a payee without a name.
        for (var mentorId : body.mentorIds()) {
            if (queries.query(new FindMentor(mentorId), ResponseTypes.optionalInstanceOf(MentorView.class)).join()
                    .filter(MentorView::erased).isPresent()) {
                throw new InvalidInputException("mentorIds", "registered mentors whose person is not erased");
            }
        }
        var groupId = UUID.randomUUID().toString();
        commands.sendAndWait(new FormGroup(groupId, new ProgrammeYear(organiser, schoolYear), body.theme(),
                body.name(), body.mentorIds(), body.minSize(), body.maxSize(), body.place(),
                Boolean.TRUE.equals(body.online()), body.groupType()));
        return ResponseEntity.created(URI.create("/api/groups/" + groupId)).body(get(groupId));
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/groups")
    List<GroupSummaryView> list(@PathVariable String organiser, @PathVariable String schoolYear,
                                @RequestParam(required = false) String theme,
                                @RequestParam(required = false) GroupStatus status) {
        return queries.query(new ListGroups(new ProgrammeYear(organiser, schoolYear), theme, status),
                ResponseTypes.multipleInstancesOf(GroupSummaryView.class)).join();
    }

    @GetMapping("/programmes/{organiser}/{schoolYear}/groups/overview")
    ProgrammeOverview overview(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new FindProgrammeOverview(new ProgrammeYear(organiser, schoolYear)),
                ProgrammeOverview.class).join();
    }

    @GetMapping("/groups/{groupId}")
    GroupView get(@PathVariable String groupId) {
        return queries.query(new FindGroup(groupId), ResponseTypes.optionalInstanceOf(GroupView.class)).join()
                .orElseThrow(() -> new GroupNotFoundException(groupId));
    }

    @PostMapping("/groups/{groupId}/participants")
    GroupView place(@PathVariable String groupId, @Valid @RequestBody PlacementRequest body) {
        return change(groupId, new PlaceParticipant(groupId, body.enrolmentId()));
    }

    @DeleteMapping("/groups/{groupId}/participants/{enrolmentId}")
    GroupView remove(@PathVariable String groupId, @PathVariable String enrolmentId,
                     @RequestParam(defaultValue = "COORDINATOR_DECISION") RemovalReason reason) {
        return change(groupId, new RemoveParticipant(groupId, enrolmentId, reason));
    }

    @PostMapping("/groups/{groupId}/start")
    GroupView start(@PathVariable String groupId) {
        return change(groupId, new StartGroup(groupId));
    }

    @PostMapping("/groups/{groupId}/agreement")
    GroupView agreement(@PathVariable String groupId, @Valid @RequestBody AgreementRequest body) {
        return change(groupId, new RecordActionAgreement(groupId, body.agreedOn(), body.commitments(),
                body.acceptedBy()));
    }

    @PostMapping("/groups/{groupId}/complete")
    GroupView complete(@PathVariable String groupId) {
        return change(groupId, new CompleteGroup(groupId));
    }

    @PostMapping("/groups/{groupId}/cancel")
    GroupView cancel(@PathVariable String groupId, @Valid @RequestBody CancellationRequest body) {
        return change(groupId, new CancelGroup(groupId, body.reason()));
    }

    private GroupView change(String groupId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new GroupNotFoundException(groupId);
        }
        return get(groupId);
    }
}
