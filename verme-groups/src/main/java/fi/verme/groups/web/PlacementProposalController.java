package fi.verme.groups.web;

import fi.verme.groups.api.AcceptPlacementProposal;
import fi.verme.groups.api.ChangeProposedPlacement;
import fi.verme.groups.api.FindPlacementProposal;
import fi.verme.groups.api.PlacementProposalNotFoundException;
import fi.verme.groups.api.PlacementProposalView;
import fi.verme.groups.api.ProposePlacement;
import fi.verme.shared.ProgrammeYear;
import java.net.URI;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes/{organiser}/{schoolYear}/placement-proposals")
class PlacementProposalController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PlacementProposalController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlacementProposalView> propose(@PathVariable String organiser, @PathVariable String schoolYear) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        var proposalId = UUID.randomUUID().toString();
        commands.sendAndWait(new ProposePlacement(proposalId, programmeYear));
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeYear.id() + "/placement-proposals/"
                + proposalId)).body(get(organiser, schoolYear, proposalId));
    }

    @GetMapping("/{proposalId}")
    PlacementProposalView get(@PathVariable String organiser, @PathVariable String schoolYear,
                              @PathVariable String proposalId) {
        var programmeYear = new ProgrammeYear(organiser, schoolYear);
        return queries.query(new FindPlacementProposal(proposalId),
                        ResponseTypes.optionalInstanceOf(PlacementProposalView.class)).join()
                .filter(proposal -> proposal.programmeYear().equals(programmeYear))
                .orElseThrow(() -> new PlacementProposalNotFoundException(proposalId));
    }

    @PutMapping("/{proposalId}/placements/{enrolmentId}")
    PlacementProposalView change(@PathVariable String organiser, @PathVariable String schoolYear,
                                 @PathVariable String proposalId, @PathVariable String enrolmentId,
                                 @RequestBody ProposalChangeRequest body) {
        get(organiser, schoolYear, proposalId);
        commands.sendAndWait(new ChangeProposedPlacement(proposalId, enrolmentId, body.groupId()));
        return get(organiser, schoolYear, proposalId);
    }

    @PostMapping("/{proposalId}/accept")
    PlacementProposalView accept(@PathVariable String organiser, @PathVariable String schoolYear,
                                 @PathVariable String proposalId) {
        get(organiser, schoolYear, proposalId);
        commands.sendAndWait(new AcceptPlacementProposal(proposalId));
        return get(organiser, schoolYear, proposalId);
    }
}
