package fi.verme.meetings.web;

import fi.verme.meetings.api.AttendeeNotAMemberException;
import fi.verme.meetings.api.HoursCapExceededException;
import fi.verme.meetings.api.MeetingNotFoundException;
import fi.verme.meetings.api.MeetingStateException;
import fi.verme.meetings.api.NotAllowedException;
import java.net.URI;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The meetings module's named errors as RFC 9457 problems, with stable types and Finnish and English titles. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeetingProblems {

    private static final Map<String, String> STATE_TITLES = Map.of(
            "meeting-already-held", "Tapaaminen on jo pidetty / Meeting already held",
            "meeting-cancelled", "Tapaaminen on peruttu / Meeting was cancelled",
            "meeting-not-held", "Tapaamista ei ole pidetty / Meeting has not been held",
            "meeting-in-future", "Tapaaminen on tulevaisuudessa / Meeting is in the future",
            "meeting-before-group-start", "Tapaaminen ennen ryhmän alkua / Meeting before the group started",
            "minutes-not-found", "Muistiota ei ole / No minutes yet");

    @ExceptionHandler
    ProblemDetail notFound(MeetingNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "meeting-not-found", "Tapaamista ei löydy / Meeting not found", e);
    }

    @ExceptionHandler
    ProblemDetail capExceeded(HoursCapExceededException e) {
        var problem = problem(HttpStatus.CONFLICT, "hours-cap-exceeded",
                "Ryhmän tuntikatto ylittyisi / The group's hours cap would be exceeded", e);
        problem.setProperty("capMinutes", e.capMinutes());
        problem.setProperty("usedMinutes", e.usedMinutes());
        problem.setProperty("leftMinutes", e.leftMinutes());
        problem.setProperty("usedHours", e.usedMinutes() / 60.0);
        problem.setProperty("leftHours", e.leftMinutes() / 60.0);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail state(MeetingStateException e) {
        var status = e.problem().equals("minutes-not-found") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return problem(status, e.problem(), STATE_TITLES.getOrDefault(e.problem(), e.problem()), e);
    }

    @ExceptionHandler
    ProblemDetail notMember(AttendeeNotAMemberException e) {
        var problem = problem(HttpStatus.CONFLICT, "attendee-not-a-member",
                "Osallistuja ei ollut ryhmän jäsen / Attendee was not a member of the group", e);
        problem.setProperty("personId", e.personId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", "Ei oikeutta / Not allowed", e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("urn:verme:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
