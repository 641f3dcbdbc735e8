package fi.verme.app.access;

import fi.verme.groups.api.AnswerSurvey;
import fi.verme.groups.api.FindSurvey;
import fi.verme.groups.api.SurveyNotFoundException;
import fi.verme.groups.api.SurveyView;
import fi.verme.shared.MultiLine;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A participant's feedback survey through their personal link: read the statements, answer once. */
@RestController
class SurveyAnswerController {

    private final EnrolmentLinks links;
    private final QueryGateway queries;
    private final CommandGateway commands;

    SurveyAnswerController(EnrolmentLinks links, QueryGateway queries, CommandGateway commands) {
        this.links = links;
        this.queries = queries;
        this.commands = commands;
    }

    record Answers(List<Integer> scores, @MultiLine String freeText) {
    }

    @GetMapping("/api/surveys/answers/{token}")
    SurveyView form(@PathVariable String token) {
        var parts = parts(token);
        return queries.query(new FindSurvey(parts[1]), ResponseTypes.optionalInstanceOf(SurveyView.class)).join()
                .orElseThrow(() -> new SurveyNotFoundException(parts[1]));
    }

    @PostMapping("/api/surveys/answers/{token}")
    ResponseEntity<Map<String, Object>> answer(@PathVariable String token, @RequestBody Answers body) {
        var parts = parts(token);
        commands.sendAndWait(new AnswerSurvey(parts[1], parts[2], body.scores(), body.freeText()));
        return ResponseEntity.status(201).body(Map.of("answered", true));
    }

    private String[] parts(String token) {
        return links.verify(token).map(subject -> subject.split(Pattern.quote(EnrolmentLinks.SEPARATOR)))
                .filter(p -> p.length == 3 && p[0].equals("survey"))
                .orElseThrow(InvalidLinkException::new);
    }
}
