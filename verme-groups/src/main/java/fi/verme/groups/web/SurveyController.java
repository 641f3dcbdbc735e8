package fi.verme.groups.web;

import fi.verme.groups.api.DefineSurvey;
import fi.verme.groups.api.FindSurveyFreeTexts;
import fi.verme.groups.api.FindSurveyResults;
import fi.verme.groups.api.ListSurveys;
import fi.verme.groups.api.SurveyNotFoundException;
import fi.verme.groups.api.SurveyResultsView;
import fi.verme.groups.api.SurveyView;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes/{organiser}/{schoolYear}/surveys")
class SurveyController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    SurveyController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record SurveyRequest(@NotEmpty List<String> statements, String freeTextQuestion) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Map<String, Object>> define(@PathVariable String organiser, @PathVariable String schoolYear,
                                               @Validated @RequestBody SurveyRequest body) {
        var surveyId = UUID.randomUUID().toString();
        commands.sendAndWait(new DefineSurvey(surveyId, new ProgrammeYear(organiser, schoolYear), body.statements(),
                body.freeTextQuestion()));
        return ResponseEntity.created(URI.create("/api/programmes/" + organiser + "/" + schoolYear + "/surveys/"
                + surveyId + "/results")).body(Map.of("surveyId", surveyId, "statements", body.statements()));
    }

    @GetMapping
    List<SurveyView> list(@PathVariable String organiser, @PathVariable String schoolYear) {
        return queries.query(new ListSurveys(new ProgrammeYear(organiser, schoolYear)),
                ResponseTypes.multipleInstancesOf(SurveyView.class)).join();
    }

    @GetMapping("/{surveyId}/results")
    SurveyResultsView results(@PathVariable String organiser, @PathVariable String schoolYear,
                              @PathVariable String surveyId) {
        return queries.query(new FindSurveyResults(surveyId), ResponseTypes.optionalInstanceOf(SurveyResultsView.class))
                .join().filter(r -> r.programmeYear().equals(new ProgrammeYear(organiser, schoolYear)))
                .orElseThrow(() -> new SurveyNotFoundException(surveyId));
    }

    /** Free-text answers, for the coordinator only, once at least five people have answered. */
    @GetMapping("/{surveyId}/free-texts")
    List<String> freeTexts(@PathVariable String organiser, @PathVariable String schoolYear,
                           @PathVariable String surveyId) {
        results(organiser, schoolYear, surveyId);
        return queries.query(new FindSurveyFreeTexts(surveyId), ResponseTypes.multipleInstancesOf(String.class)).join();
    }
}
