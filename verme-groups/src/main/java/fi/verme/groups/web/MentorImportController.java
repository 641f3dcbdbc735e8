package fi.verme.groups.web;

import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.ImportClosedException;
import fi.verme.enrolment.api.ImportFile;
import fi.verme.enrolment.api.ImportProblem;
import fi.verme.enrolment.api.ReadImportFile;
import fi.verme.enrolment.api.RegisterPerson;
import fi.verme.groups.api.ClaimMentorImportCommit;
import fi.verme.groups.api.FindMentorImport;
import fi.verme.groups.api.FindMentorsByEmail;
import fi.verme.groups.api.MapMentorImport;
import fi.verme.groups.api.MentorAlreadyRegisteredException;
import fi.verme.groups.api.MentorImportField;
import fi.verme.groups.api.MentorImportNotFoundException;
import fi.verme.groups.api.MentorImportOutcome;
import fi.verme.groups.api.MentorImportRecord;
import fi.verme.groups.api.MentorImportRowStatus;
import fi.verme.groups.api.MentorsByEmail;
import fi.verme.groups.api.RecordMentorImport;
import fi.verme.groups.api.RecordMentorImportCommitted;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A coordinator's import of an organiser's mentors from a spreadsheet: the upload answers the guessed mapping and the
 * preview, the mapping can be corrected, and nobody is registered until the commit, which does for each new row what
 * registering one mentor does ({@code RegisterPerson}, then {@code RegisterMentor} for the organiser), so that the
 * events, the views and the rule of one registration per person are the same, the mentor's event naming the import in
 * its metadata. The file is read as the enrolment import reads it ({@link ReadImportFile}).
 */
@RestController
@RequestMapping("/api/organisers/{organiser}/mentor-imports")
class MentorImportController {

    /** The metadata by which the event of an imported mentor names its import, as an imported enrolment's does. */
    static final String IMPORT_METADATA = "importId";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final MentorImportPreview previews;
    private final Clock clock;

    MentorImportController(CommandGateway commands, QueryGateway queries, Validator validator, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.previews = new MentorImportPreview(validator);
        this.clock = clock;
    }

    /** Keeps the file (its rows, not the file itself) and answers the guessed mapping and the preview. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MentorImportView> upload(@PathVariable String organiser, @RequestPart("file") MultipartFile file)
            throws IOException {
        if (!ProgrammeYear.isOrganiser(organiser)) {
            throw new InvalidInputException("organiser", "the organiser the mentors belong to: an organiser slug, "
                    + "e.g. seinajoki");
        }
        var sheet = queries.query(new ReadImportFile(file.getBytes()), ImportFile.class).join();
        var importId = UUID.randomUUID().toString();
        var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "import"
                : file.getOriginalFilename().strip();
        commands.sendAndWait(new RecordMentorImport(importId, organiser, name.length() > 255 ? name.substring(0, 255)
                : name, sheet.sha256(), sheet.header(), sheet.rows(), sheet.guessColumns(MentorImportPreview::guess)));
        return ResponseEntity.created(URI.create("/api/organisers/" + organiser + "/mentor-imports/" + importId))
                .body(view(find(organiser, importId)));
    }

    @GetMapping("/{mentorImportId}")
    MentorImportView get(@PathVariable String organiser, @PathVariable String mentorImportId) {
        return view(find(organiser, mentorImportId));
    }

    /** Corrects which field each column fills; answers the preview by the new mapping. */
    @PutMapping("/{mentorImportId}/mapping")
    MentorImportView map(@PathVariable String organiser, @PathVariable String mentorImportId,
                         @Valid @RequestBody MentorImportMappingRequest body) {
        var found = find(organiser, mentorImportId);
        if (body.columns().size() != found.header().size()) {
            throw new InvalidInputException("columns", found.header().size() + " fields or nulls, one for each column "
                    + "of the file in order: " + List.of(MentorImportField.values()));
        }
        var fields = body.columns().stream().filter(Objects::nonNull).toList();
        if (fields.size() != fields.stream().distinct().count()) {
            throw new InvalidInputException("columns", "each field for one column at most");
        }
        commands.sendAndWait(new MapMentorImport(mentorImportId, organiser, body.columns()));
        return view(find(organiser, mentorImportId));
    }

    /**
     * Registers the new rows as the organiser's mentors; rows of people who are mentors already are left as they are,
     * rejected rows are not sent. Answers what became of each row.
     */
    @PostMapping("/{mentorImportId}/commit")
    MentorImportView commit(@PathVariable String organiser, @PathVariable String mentorImportId) {
        var found = find(organiser, mentorImportId);
        if (!found.pending()) {
            throw new ImportClosedException(mentorImportId);
        }
        // One commit at a time: a second, at once, is refused here before it registers anyone.
        commands.sendAndWait(new ClaimMentorImportCommit(mentorImportId, organiser));
        var metadata = Map.of(IMPORT_METADATA, mentorImportId);
        var outcomes = new ArrayList<MentorImportOutcome>();
        for (var row : preview(found)) {
            if (row.status() != MentorImportRowStatus.NEW) {
                outcomes.add(new MentorImportOutcome(row.line(), row.status(), row.mentorId(), row.problems()));
                continue;
            }
            var mentor = row.request();
            var mentorId = UUID.randomUUID().toString();
            try {
                // Sent without waiting for the views each time: the record of the commit below waits once for all.
                String personId = commands.<String>send(GenericCommandMessage.asCommandMessage(new RegisterPerson(
                        UUID.randomUUID().toString(), new ContactDetails(mentor.firstName(), mentor.lastName(),
                        mentor.email(), mentor.phone()))).andMetaData(metadata)).join();
                commands.send(GenericCommandMessage.asCommandMessage(new RegisterMentor(mentorId, personId,
                        mentor.organisation(), mentor.trainingYear(), mentor.trainingProvider(), organiser))
                        .andMetaData(metadata)).join();
                outcomes.add(new MentorImportOutcome(row.line(), MentorImportRowStatus.RECORDED, mentorId, List.of()));
            } catch (CompletionException failed) {
                var refusal = Refusal.in(failed).orElse(null);
                if (refusal instanceof MentorAlreadyRegisteredException registered) {
                    outcomes.add(new MentorImportOutcome(row.line(), MentorImportRowStatus.ALREADY_REGISTERED,
                            registered.existingMentorId(), List.of()));
                } else if (refusal != null) {
                    // Registered since the preview, or a rule the preview does not know: the mentor's own refusal.
                    outcomes.add(new MentorImportOutcome(row.line(), MentorImportRowStatus.REJECTED, null, List.of(
                            new ImportProblem(null, null, refusal.problemType().value(), refusal.getMessage()))));
                } else {
                    throw failed;
                }
            }
        }
        commands.sendAndWait(new RecordMentorImportCommitted(mentorImportId, organiser, outcomes));
        return view(find(organiser, mentorImportId));
    }

    private List<MentorImportPreview.Row> preview(MentorImportRecord found) {
        var emailColumn = found.columns().indexOf(MentorImportField.EMAIL);
        var emails = emailColumn < 0 ? List.<String>of() : found.rows().stream()
                .map(row -> row.cells().get(emailColumn)).filter(email -> !email.isBlank()).toList();
        var mentors = queries.query(new FindMentorsByEmail(emails), MentorsByEmail.class).join().mentorIdByEmail();
        return previews.preview(found.header(), found.rows(), found.columns(), mentors,
                LocalDate.now(clock).getYear());
    }

    private MentorImportView view(MentorImportRecord found) {
        var columns = new ArrayList<MentorImportView.Column>();
        for (int i = 0; i < found.header().size(); i++) {
            columns.add(new MentorImportView.Column(i, found.header().get(i), found.columns().get(i)));
        }
        var state = found.pending() ? MentorImportView.State.PENDING
                : found.committedAt() != null ? MentorImportView.State.COMMITTED : MentorImportView.State.DISCARDED;
        List<MentorImportView.Row> rows;
        if (found.pending()) {
            rows = preview(found).stream().map(row -> new MentorImportView.Row(row.line(), row.status(),
                    row.mentorId(), row.request(), row.problems())).toList();
        } else {
            rows = (found.outcomes() == null ? List.<MentorImportOutcome>of() : found.outcomes()).stream()
                    .map(outcome -> new MentorImportView.Row(outcome.line(), outcome.status(), outcome.mentorId(),
                            null, outcome.problems())).toList();
        }
        var counts = new EnumMap<MentorImportRowStatus, Integer>(MentorImportRowStatus.class);
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return new MentorImportView(found.importId(), found.organiser(), found.fileName(), found.fileSha256(),
                found.uploadedBy(), found.uploadedAt(), state, found.committedBy(), found.committedAt(),
                found.discardedAt(), found.discardedReason(), columns,
                new MentorImportView.Summary(rows.size(), counts.getOrDefault(MentorImportRowStatus.NEW, 0),
                        counts.getOrDefault(MentorImportRowStatus.RECORDED, 0),
                        counts.getOrDefault(MentorImportRowStatus.ALREADY_REGISTERED, 0),
                        counts.getOrDefault(MentorImportRowStatus.REJECTED, 0)),
                rows);
    }

    private MentorImportRecord find(String organiser, String importId) {
        return queries.query(new FindMentorImport(importId, organiser),
                ResponseTypes.optionalInstanceOf(MentorImportRecord.class)).join()
                .orElseThrow(() -> new MentorImportNotFoundException(importId));
    }
}
