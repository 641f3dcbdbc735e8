package fi.verme.groups.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.EnrolmentNotFoundException;
import fi.verme.groups.api.ActionAgreementRecorded;
import fi.verme.groups.api.CancelGroup;
import fi.verme.groups.api.Commitment;
import fi.verme.groups.api.CompleteGroup;
import fi.verme.groups.api.EnrolmentOfAnotherYearException;
import fi.verme.groups.api.FormGroup;
import fi.verme.groups.api.GroupAlreadyStartedException;
import fi.verme.groups.api.GroupBelowMinimumException;
import fi.verme.groups.api.GroupCancelled;
import fi.verme.groups.api.GroupClosedException;
import fi.verme.groups.api.GroupCompleted;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.GroupFullException;
import fi.verme.groups.api.GroupMentor;
import fi.verme.groups.api.GroupNotStartedException;
import fi.verme.groups.api.GroupStarted;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.MentorCannotParticipateException;
import fi.verme.groups.api.MentorNotFoundException;
import fi.verme.groups.api.NotAMemberException;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.groups.api.ParticipantRemoved;
import fi.verme.groups.api.PersonAlreadyPlacedException;
import fi.verme.groups.api.PlaceParticipant;
import fi.verme.groups.api.RecordActionAgreement;
import fi.verme.groups.api.RemoveParticipant;
import fi.verme.groups.api.StartGroup;
import fi.verme.groups.api.WithdrawnEnrolmentException;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A themed peer group of one programme year. It forms with its mentors, takes participants up to its
 * maximum, starts once it has its minimum, records its action agreement, and ends completed or
 * cancelled. Its members are enrolments; the person behind each is kept so that a mentor is never
 * also a participant.
 */
@Aggregate
class Group {

    static final int MAX_MENTORS = 2;
    static final List<Commitment> REQUIRED_COMMITMENTS = List.of(Commitment.ACTIVE_PARTICIPATION,
            Commitment.CONFIDENTIALITY);

    @AggregateIdentifier
    private String id;
    private ProgrammeYear programmeYear;
    private int minSize;
    private int maxSize;
    private GroupStatus status;
    private final List<String> mentorPersons = new ArrayList<>();
    /** Enrolment id to person id, in order of placement. */
    private final Map<String, String> members = new LinkedHashMap<>();

    protected Group() {
        // for Axon
    }

    @CommandHandler
    Group(FormGroup command, ProgrammeTerms programmes, MentorDirectory mentors, Clock clock) {
        var programmeYear = command.programmeYear();
        var terms = programmes.of(programmeYear)
                .orElseThrow(() -> new EnrolmentCallNotFoundException(programmeYear));
        if (command.theme() == null || !terms.themeCodes().contains(command.theme())) {
            throw new InvalidInputException("theme", "a theme code of the programme year's call: "
                    + String.join(", ", terms.themeCodes()));
        }
        if (command.name() == null || command.name().isBlank() || command.name().length() > 120) {
            throw new InvalidInputException("name", "a group name of 1-120 characters");
        }
        if (command.place() == null || command.place().isBlank() || command.place().length() > 300) {
            throw new InvalidInputException("place", "where the group meets, or its online link: 1-300 characters");
        }
        var mentorIds = command.mentorIds() == null ? List.<String>of() : command.mentorIds();
        if (mentorIds.isEmpty() || mentorIds.size() > MAX_MENTORS || new HashSet<>(mentorIds).size() != mentorIds.size()) {
            throw new InvalidInputException("mentorIds", "1 or 2 different mentor ids (a mentor, or two co-mentors)");
        }
        var groupMentors = mentorIds.stream()
                .map(mentorId -> new GroupMentor(mentorId, mentors.personOf(mentorId)
                        .orElseThrow(() -> new MentorNotFoundException(mentorId))))
                .toList();
        int min = command.minSize() != null ? command.minSize() : terms.minSize();
        int max = command.maxSize() != null ? command.maxSize() : terms.maxSize();
        ProgrammeRules.requireValidSize(min, max);
        apply(new GroupFormed(command.groupId(), programmeYear, command.theme(), command.name().strip(),
                groupMentors, min, max, command.place().strip(), command.online(), command.groupType(),
                clock.instant()));
    }

    @CommandHandler
    void handle(PlaceParticipant command, Candidates candidates, Clock clock) {
        requireOpen();
        // Another organiser's enrolment is not one this group's organiser knows of: not found, saying no more.
        var enrolment = candidates.find(command.enrolmentId())
                .filter(found -> found.programmeYear().organiser().equals(programmeYear.organiser()))
                .orElseThrow(() -> new EnrolmentNotFoundException(command.enrolmentId()));
        if (!enrolment.programmeYear().equals(programmeYear)) {
            throw new EnrolmentOfAnotherYearException(enrolment.enrolmentId(), enrolment.programmeYear(),
                    programmeYear);
        }
        if (enrolment.withdrawn()) {
            throw new WithdrawnEnrolmentException(enrolment.enrolmentId());
        }
        if (mentorPersons.contains(enrolment.personId())) {
            throw new MentorCannotParticipateException(id);
        }
        if (members.containsValue(enrolment.personId())) {
            throw new PersonAlreadyPlacedException(programmeYear, id);
        }
        candidates.groupOf(programmeYear, enrolment.personId()).ifPresent(other -> {
            throw new PersonAlreadyPlacedException(programmeYear, other);
        });
        if (members.size() >= maxSize) {
            throw new GroupFullException(id, maxSize);
        }
        apply(new ParticipantPlaced(id, programmeYear, enrolment.enrolmentId(), enrolment.personId(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RemoveParticipant command, Clock clock) {
        requireOpen();
        var personId = members.get(command.enrolmentId());
        if (personId == null) {
            throw new NotAMemberException(id, command.enrolmentId());
        }
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "a removal reason code");
        }
        apply(new ParticipantRemoved(id, programmeYear, command.enrolmentId(), personId, command.reason(),
                clock.instant()));
    }

    @CommandHandler
    void handle(StartGroup command, Clock clock) {
        requireOpen();
        if (status == GroupStatus.STARTED) {
            throw new GroupAlreadyStartedException(id);
        }
        if (members.size() < minSize) {
            throw new GroupBelowMinimumException(id, members.size(), minSize);
        }
        apply(new GroupStarted(id, programmeYear, LocalDate.now(clock), members.size()));
    }

    @CommandHandler
    void handle(RecordActionAgreement command, Clock clock) {
        requireOpen();
        if (status != GroupStatus.STARTED) {
            throw new GroupNotStartedException(id, "record its action agreement");
        }
        var today = LocalDate.now(clock);
        if (command.agreedOn() == null || command.agreedOn().isAfter(today)
                || command.agreedOn().isBefore(programmeYear.firstDay())) {
            throw new InvalidInputException("agreedOn", "the date of the agreement, from "
                    + programmeYear.firstDay() + " to today (" + today + ")");
        }
        var commitments = command.commitments() == null ? List.<Commitment>of() : command.commitments();
        if (!commitments.containsAll(REQUIRED_COMMITMENTS) || new HashSet<>(commitments).size() != commitments.size()) {
            throw new InvalidInputException("commitments", "different commitments that include "
                    + REQUIRED_COMMITMENTS + "; also allowed: " + List.of(Commitment.values()));
        }
        var acceptedBy = command.acceptedBy() == null ? List.<String>of() : command.acceptedBy();
        if (acceptedBy.isEmpty() || new HashSet<>(acceptedBy).size() != acceptedBy.size()) {
            throw new InvalidInputException("acceptedBy", "the enrolment ids of the members who accepted, each once");
        }
        for (var enrolmentId : acceptedBy) {
            if (!members.containsKey(enrolmentId)) {
                throw new NotAMemberException(id, enrolmentId);
            }
        }
        apply(new ActionAgreementRecorded(id, programmeYear, command.agreedOn(), List.copyOf(commitments),
                List.copyOf(acceptedBy)));
    }

    @CommandHandler
    void handle(CompleteGroup command, Clock clock) {
        requireOpen();
        if (status != GroupStatus.STARTED) {
            throw new GroupNotStartedException(id, "complete it");
        }
        apply(new GroupCompleted(id, programmeYear, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(CancelGroup command, Clock clock) {
        requireOpen();
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "a cancellation reason code");
        }
        apply(new GroupCancelled(id, programmeYear, command.reason(), List.copyOf(members.keySet()),
                LocalDate.now(clock)));
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new GroupClosedException(id, status);
        }
    }

    @EventSourcingHandler
    void on(GroupFormed event) {
        id = event.groupId();
        programmeYear = event.programmeYear();
        minSize = event.minSize();
        maxSize = event.maxSize();
        status = GroupStatus.FORMING;
        event.mentors().forEach(mentor -> mentorPersons.add(mentor.personId()));
    }

    @EventSourcingHandler
    void on(ParticipantPlaced event) {
        members.put(event.enrolmentId(), event.personId());
    }

    @EventSourcingHandler
    void on(ParticipantRemoved event) {
        members.remove(event.enrolmentId());
    }

    @EventSourcingHandler
    void on(GroupStarted event) {
        status = GroupStatus.STARTED;
    }

    @EventSourcingHandler
    void on(GroupCompleted event) {
        status = GroupStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(GroupCancelled event) {
        status = GroupStatus.CANCELLED;
        members.clear();
    }
}
