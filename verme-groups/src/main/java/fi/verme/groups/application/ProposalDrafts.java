package fi.verme.groups.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.verme.groups.api.PlacementProposalNotFoundException;
import fi.verme.groups.api.PlacementProposalView.Status;
import fi.verme.groups.domain.PlacementProposal.Draft;
import fi.verme.groups.domain.PlacementProposal;
import fi.verme.shared.ProgrammeYear;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The placement proposals' table. A proposal's draft is kept as JSON ({@code document}): the
 * {@link Draft} record as Jackson writes it, so renaming one of its components (or of the problem's)
 * changes the stored form.
 */
@Component
class ProposalDrafts {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ProposalDrafts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One stored proposal: the domain's proposal and what only the view shows of it. */
    record Stored(ProgrammeYear programmeYear, Status status, Instant createdAt, PlacementProposal proposal) {
    }

    void insert(String proposalId, ProgrammeYear programmeYear, Instant createdAt, Draft draft) {
        jdbc.update("""
                insert into groups.placement_proposal (proposal_id, programme_year, status, created_at, document)
                values (?, ?, ?, ?, ?::jsonb)""",
                proposalId, programmeYear.id(), Status.PROPOSED.name(), Timestamp.from(createdAt), write(draft));
    }

    void update(String proposalId, Draft draft) {
        jdbc.update("update groups.placement_proposal set document = ?::jsonb where proposal_id = ?", write(draft),
                proposalId);
    }

    void markAccepted(String proposalId, Instant acceptedAt) {
        jdbc.update("update groups.placement_proposal set status = ?, accepted_at = ? where proposal_id = ?",
                Status.ACCEPTED.name(), Timestamp.from(acceptedAt), proposalId);
    }

    PlacementProposal load(String proposalId) {
        return find(proposalId).orElseThrow(() -> new PlacementProposalNotFoundException(proposalId)).proposal();
    }

    Optional<Stored> find(String proposalId) {
        return jdbc.query("""
                select programme_year, status, created_at, document::text from groups.placement_proposal
                where proposal_id = ?""",
                (rs, row) -> {
                    var status = Status.valueOf(rs.getString(2));
                    return new Stored(ProgrammeYear.fromId(rs.getString(1)), status, rs.getTimestamp(3).toInstant(),
                            new PlacementProposal(proposalId, status, read(rs.getString(4))));
                }, proposalId).stream().findFirst();
    }

    private String write(Draft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A placement proposal could not be written", e);
        }
    }

    private Draft read(String text) {
        try {
            return json.readValue(text, Draft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored placement proposal could not be read", e);
        }
    }
}
