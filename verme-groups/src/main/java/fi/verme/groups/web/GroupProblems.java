package fi.verme.groups.web;

import fi.verme.groups.api.EnrolmentOfAnotherYearException;
import fi.verme.groups.api.GroupAlreadyStartedException;
import fi.verme.groups.api.GroupBelowMinimumException;
import fi.verme.groups.api.GroupClosedException;
import fi.verme.groups.api.GroupFullException;
import fi.verme.groups.api.GroupNotFoundException;
import fi.verme.groups.api.GroupNotStartedException;
import fi.verme.groups.api.MentorAlreadyRegisteredException;
import fi.verme.groups.api.MentorCannotParticipateException;
import fi.verme.groups.api.MentorNotFoundException;
import fi.verme.groups.api.NotAMemberException;
import fi.verme.groups.api.PersonAlreadyPlacedException;
import fi.verme.groups.api.PlacementProposalNotFoundException;
import fi.verme.groups.api.ProposalAlreadyAcceptedException;
import fi.verme.groups.api.ProposalOutdatedException;
import fi.verme.groups.api.SurveyException;
import fi.verme.groups.api.WithdrawnEnrolmentException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The groups module's named errors as RFC 9457 problems, with stable types and Finnish and English titles. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupProblems {

    @ExceptionHandler
    ProblemDetail groupNotFound(GroupNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "group-not-found", "Ryhmää ei löydy / Group not found", e);
    }

    @ExceptionHandler
    ProblemDetail mentorNotFound(MentorNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "mentor-not-found", "Mentoria ei löydy / Mentor not found", e);
    }

    @ExceptionHandler
    ProblemDetail proposalNotFound(PlacementProposalNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "placement-proposal-not-found",
                "Sijoitusehdotusta ei löydy / Placement proposal not found", e);
    }

    @ExceptionHandler
    ProblemDetail mentorAlreadyRegistered(MentorAlreadyRegisteredException e) {
        var problem = problem(HttpStatus.CONFLICT, "mentor-already-registered",
                "Henkilö on jo mentori / Person is already a mentor", e);
        problem.setProperty("existingMentorId", e.existingMentorId());
        problem.setProperty("existingMentor", "/api/mentors/" + e.existingMentorId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail groupFull(GroupFullException e) {
        var problem = problem(HttpStatus.CONFLICT, "group-full", "Ryhmä on täynnä / Group is full", e);
        problem.setProperty("maxSize", e.maxSize());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail belowMinimum(GroupBelowMinimumException e) {
        var problem = problem(HttpStatus.CONFLICT, "group-below-minimum",
                "Ryhmässä on liian vähän osallistujia / Group is below its minimum size", e);
        problem.setProperty("size", e.size());
        problem.setProperty("minSize", e.minSize());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail closed(GroupClosedException e) {
        var problem = problem(HttpStatus.CONFLICT, "group-closed",
                "Ryhmä on päättynyt tai peruttu / Group is completed or cancelled", e);
        problem.setProperty("status", e.status());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notStarted(GroupNotStartedException e) {
        return problem(HttpStatus.CONFLICT, "group-not-started", "Ryhmä ei ole alkanut / Group has not started", e);
    }

    @ExceptionHandler
    ProblemDetail alreadyStarted(GroupAlreadyStartedException e) {
        return problem(HttpStatus.CONFLICT, "group-already-started",
                "Ryhmä on jo alkanut / Group has already started", e);
    }

    @ExceptionHandler
    ProblemDetail alreadyPlaced(PersonAlreadyPlacedException e) {
        var problem = problem(HttpStatus.CONFLICT, "person-already-placed",
                "Henkilö on jo ryhmässä / Person is already in a group", e);
        problem.setProperty("groupId", e.groupId());
        problem.setProperty("group", "/api/groups/" + e.groupId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail anotherYear(EnrolmentOfAnotherYearException e) {
        return problem(HttpStatus.CONFLICT, "enrolment-of-another-year",
                "Ilmoittautuminen on toiselle lukuvuodelle / Enrolment is for another programme year", e);
    }

    @ExceptionHandler
    ProblemDetail withdrawn(WithdrawnEnrolmentException e) {
        return problem(HttpStatus.CONFLICT, "enrolment-withdrawn",
                "Ilmoittautuminen on peruttu / Enrolment has been withdrawn", e);
    }

    @ExceptionHandler
    ProblemDetail mentorParticipant(MentorCannotParticipateException e) {
        return problem(HttpStatus.CONFLICT, "mentor-cannot-participate",
                "Mentori ei voi olla oman ryhmänsä osallistuja / A mentor cannot be a participant of their group", e);
    }

    @ExceptionHandler
    ProblemDetail notAMember(NotAMemberException e) {
        var problem = problem(HttpStatus.CONFLICT, "not-a-member",
                "Henkilö ei ole ryhmän jäsen / Not a member of the group", e);
        problem.setProperty("enrolmentId", e.enrolmentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail proposalAccepted(ProposalAlreadyAcceptedException e) {
        return problem(HttpStatus.CONFLICT, "placement-proposal-already-accepted",
                "Sijoitusehdotus on jo hyväksytty / Placement proposal already accepted", e);
    }

    @ExceptionHandler
    ProblemDetail proposalOutdated(ProposalOutdatedException e) {
        var problem = problem(HttpStatus.CONFLICT, "placement-proposal-outdated",
                "Sijoitusehdotus on vanhentunut / Placement proposal is out of date", e);
        problem.setProperty("enrolmentId", e.enrolmentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail survey(SurveyException e) {
        var status = e.problem().equals("survey-not-found") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        var title = switch (e.problem()) {
            case "survey-not-found" -> "Kyselyä ei löydy / Survey not found";
            case "survey-not-open" -> "Kysely ei ole vielä auki / Survey not open yet";
            default -> "Olet jo vastannut / Already answered";
        };
        return problem(status, e.problem(), title, e);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("urn:verme:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
