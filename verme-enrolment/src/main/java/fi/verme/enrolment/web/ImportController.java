package fi.verme.enrolment.web;

import fi.verme.enrolment.api.DuplicateEnrolmentException;
import fi.verme.enrolment.api.EnrolledEmails;
import fi.verme.enrolment.api.EnrolmentCallNotFoundException;
import fi.verme.enrolment.api.ClaimImportCommit;
import fi.verme.enrolment.api.EnrolmentCallNotOpenException;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.FindEnrolledEmails;
import fi.verme.enrolment.api.FindEnrolmentCall;
import fi.verme.enrolment.api.FindImport;
import fi.verme.enrolment.api.ImportClosedException;
import fi.verme.enrolment.api.ImportField;
import fi.verme.enrolment.api.ImportFile;
import fi.verme.enrolment.api.ImportMapping;
import fi.verme.enrolment.api.ImportNotFoundException;
import fi.verme.enrolment.api.ImportOutcome;
import fi.verme.enrolment.api.ImportProblem;
import fi.verme.enrolment.api.ImportRecord;
import fi.verme.enrolment.api.ImportRowStatus;
import fi.verme.enrolment.api.MapImport;
import fi.verme.enrolment.api.ReadImportFile;
import fi.verme.enrolment.api.RecordImport;
import fi.verme.enrolment.api.RecordImportCommitted;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A coordinator's import of enrolments from a spreadsheet or a form tool's export: the upload answers the guessed
 * mapping and the preview, the mapping can be corrected, and nothing is enrolled until the commit, which sends the
 * public form's own command for each new row (so that the events, the views, the notices and the rule of one
 * enrolment per person and year are the form's), its events naming the import in their metadata.
 */
@RestController
@RequestMapping("/api/programmes/{organiser}/{schoolYear}/imports")
class ImportController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ImportPreview previews;

    ImportController(CommandGateway commands, QueryGateway queries, Validator validator) {
        this.commands = commands;
        this.queries = queries;
        this.previews = new ImportPreview(validator);
    }

    /** Keeps the file (its rows, not the file itself) and answers the guessed mapping and the preview. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportView> upload(@PathVariable String organiser, @PathVariable String schoolYear,
                                      @RequestPart("file") MultipartFile file) throws IOException {
        var year = new ProgrammeYear(organiser, schoolYear);
        var call = call(year);
        byte[] content = file.getBytes();
        var sheet = queries.query(new ReadImportFile(content), ImportFile.class).join();
        var columns = sheet.guessColumns(ImportPreview::guess, ImportPreview.FITS);
        var importId = UUID.randomUUID().toString();
        var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "import"
                : file.getOriginalFilename().strip();
        commands.sendAndWait(new RecordImport(importId, year, name.length() > 255 ? name.substring(0, 255) : name,
                sheet.sha256(), sheet.header(), sheet.rows(), new ImportMapping(columns, Map.of(), Map.of(), Map.of())));
        return ResponseEntity.created(URI.create("/api/programmes/" + year.id() + "/imports/" + importId))
                .body(view(find(year, importId), call));
    }

    @GetMapping("/{importId}")
    ImportView get(@PathVariable String organiser, @PathVariable String schoolYear, @PathVariable String importId) {
        var year = new ProgrammeYear(organiser, schoolYear);
        return view(find(year, importId), call(year));
    }

    /** Corrects how the columns and the file's words are read; answers the preview by the new mapping. */
    @PutMapping("/{importId}/mapping")
    ImportView map(@PathVariable String organiser, @PathVariable String schoolYear, @PathVariable String importId,
                   @Valid @RequestBody ImportMappingRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var found = find(year, importId);
        if (body.columns().size() != found.header().size()) {
            throw new InvalidInputException("columns", found.header().size() + " fields or nulls, one for each column "
                    + "of the file in order: " + List.of(ImportField.values()));
        }
        var fields = body.columns().stream().filter(Objects::nonNull).toList();
        if (fields.size() != fields.stream().distinct().count()) {
            throw new InvalidInputException("columns", "each field for one column at most");
        }
        commands.sendAndWait(new MapImport(importId, year, new ImportMapping(body.columns(), orNone(body.themes()),
                orNone(body.roles()), orNone(body.careerStages()))));
        return view(find(year, importId), call(year));
    }

    /**
     * Enrols the new rows, each with the form's own command; rows of people already enrolled in the year are left as
     * they are, rejected rows are not sent. Answers what became of each row.
     */
    @PostMapping("/{importId}/commit")
    ImportView commit(@PathVariable String organiser, @PathVariable String schoolYear, @PathVariable String importId,
                      @Valid @RequestBody ImportCommitRequest body) {
        var year = new ProgrammeYear(organiser, schoolYear);
        var found = find(year, importId);
        if (!found.pending()) {
            throw new ImportClosedException(importId);
        }
        var call = call(year);
        if (call.status() == EnrolmentCallView.Status.UPCOMING) {
            throw new EnrolmentCallNotOpenException(year, call.opensOn(), call.closesOn(), false);
        }
        if (call.status() == EnrolmentCallView.Status.CLOSED && body.lateReason() == null) {
            throw new InvalidInputException("lateReason", "a late reason code: the call is closed, so the imported "
                    + "enrolments are late ones");
        }
        // One commit at a time: a second, at once, is refused here before it sends any row.
        commands.sendAndWait(new ClaimImportCommit(importId, year));
        var metadata = Map.of(ImportRecord.IMPORT_METADATA, importId, ImportRecord.NOTICES_METADATA,
                body.sendNotices() ? "send" : ImportRecord.NO_NOTICES);
        var outcomes = new ArrayList<ImportOutcome>();
        for (var row : preview(found, call)) {
            if (row.status() != ImportRowStatus.NEW) {
                outcomes.add(new ImportOutcome(row.line(), row.status(), row.enrolmentId(), row.problems()));
                continue;
            }
            var enrolmentId = UUID.randomUUID().toString();
            try {
                // Sent without waiting for the views each time: the record of the commit below waits once for all.
                commands.send(GenericCommandMessage.asCommandMessage(row.request().toCommand(enrolmentId, year,
                        body.lateReason(), true)).andMetaData(metadata)).join();
                outcomes.add(new ImportOutcome(row.line(), ImportRowStatus.RECORDED, enrolmentId, List.of()));
            } catch (CompletionException failed) {
                var refusal = Refusal.in(failed).orElse(null);
                if (refusal instanceof DuplicateEnrolmentException duplicate) {
                    outcomes.add(new ImportOutcome(row.line(), ImportRowStatus.ALREADY_ENROLLED,
                            duplicate.existingEnrolmentId(), List.of()));
                } else if (refusal != null) {
                    // The year changed since the preview (a theme or role of the call, say): the form's own refusal.
                    outcomes.add(new ImportOutcome(row.line(), ImportRowStatus.REJECTED, null, List.of(
                            new ImportProblem(null, null, refusal.problemType().value(), refusal.getMessage()))));
                } else {
                    throw failed;
                }
            }
        }
        commands.sendAndWait(new RecordImportCommitted(importId, year, outcomes));
        return view(find(year, importId), call);
    }

    private List<ImportPreview.Row> preview(ImportRecord found, EnrolmentCallView call) {
        var emailColumn = found.mapping().columns().indexOf(ImportField.EMAIL);
        var emails = emailColumn < 0 ? List.<String>of() : found.rows().stream()
                .map(row -> row.cells().get(emailColumn)).filter(email -> !email.isBlank()).toList();
        var enrolled = queries.query(new FindEnrolledEmails(found.programmeYear(), emails), EnrolledEmails.class)
                .join();
        return previews.preview(found.header(), found.rows(), found.mapping(), call, enrolled);
    }

    private ImportView view(ImportRecord found, EnrolmentCallView call) {
        var columns = new ArrayList<ImportView.Column>();
        for (int i = 0; i < found.header().size(); i++) {
            columns.add(new ImportView.Column(i, found.header().get(i), found.mapping().columns().get(i)));
        }
        var state = found.pending() ? ImportView.State.PENDING
                : found.committedAt() != null ? ImportView.State.COMMITTED : ImportView.State.DISCARDED;
        List<ImportView.Row> rows;
        if (found.pending()) {
            rows = preview(found, call).stream().map(row -> new ImportView.Row(row.line(), row.status(),
                    row.enrolmentId(), row.request(), row.problems())).toList();
        } else {
            rows = (found.outcomes() == null ? List.<ImportOutcome>of() : found.outcomes()).stream().map(outcome ->
                    new ImportView.Row(outcome.line(), outcome.status(), outcome.enrolmentId(), null,
                            outcome.problems())).toList();
        }
        var counts = new HashMap<ImportRowStatus, Integer>();
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        var values = ImportPreview.values(found.rows(), found.mapping(), call);
        return new ImportView(found.importId(), found.programmeYear(), found.fileName(), found.fileSha256(),
                found.uploadedBy(), found.uploadedAt(), state, found.committedBy(), found.committedAt(),
                found.discardedAt(), found.discardedReason(), call.status() == EnrolmentCallView.Status.OPEN, columns,
                values.themes().entrySet().stream().map(e -> new ImportView.ThemeValue(e.getKey(), e.getValue())).toList(),
                values.roles().entrySet().stream().map(e -> new ImportView.RoleValue(e.getKey(), e.getValue())).toList(),
                values.careerStages().entrySet().stream()
                        .map(e -> new ImportView.CareerStageValue(e.getKey(), e.getValue())).toList(),
                new ImportView.Summary(rows.size(), counts.getOrDefault(ImportRowStatus.NEW, 0),
                        counts.getOrDefault(ImportRowStatus.RECORDED, 0),
                        counts.getOrDefault(ImportRowStatus.ALREADY_ENROLLED, 0),
                        counts.getOrDefault(ImportRowStatus.WITHDRAWN, 0),
                        counts.getOrDefault(ImportRowStatus.REJECTED, 0)),
                rows);
    }

    private ImportRecord find(ProgrammeYear year, String importId) {
        return queries.query(new FindImport(importId, year), ResponseTypes.optionalInstanceOf(ImportRecord.class))
                .join().orElseThrow(() -> new ImportNotFoundException(importId));
    }

    private EnrolmentCallView call(ProgrammeYear year) {
        return queries.query(new FindEnrolmentCall(year), ResponseTypes.optionalInstanceOf(EnrolmentCallView.class))
                .join().orElseThrow(() -> new EnrolmentCallNotFoundException(year));
    }

    private static <K, V> Map<K, V> orNone(Map<K, V> values) {
        return values == null ? Map.of() : values;
    }
}
