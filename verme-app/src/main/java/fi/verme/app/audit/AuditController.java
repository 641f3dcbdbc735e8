package fi.verme.app.audit;

import fi.verme.shared.ProgrammeYear;
import fi.verme.verifier.ChainLink;
import fi.verme.verifier.Checkpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Checkpoints of a programme year's hash chain, and the key that signs them. */
@RestController
class AuditController {

    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final HashChain chain;
    private final AsOf asOf;
    private final CheckpointSigner signer;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditController(HashChain chain, AsOf asOf, CheckpointSigner signer, JdbcTemplate jdbc, Clock clock) {
        this.chain = chain;
        this.asOf = asOf;
        this.signer = signer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Chains what has been indexed so far and signs the year's chain as it now ends. */
    @GetMapping("/api/programmes/{organiser}/{schoolYear}/checkpoint")
    Checkpoint checkpoint(@PathVariable String organiser, @PathVariable String schoolYear) {
        var year = new ProgrammeYear(organiser, schoolYear);
        chain.extendAll(Duration.ZERO);
        var end = jdbc.query("""
                select global_index, link, (select count(*) from app.event_chain c where c.programme_year = ?)
                from app.event_chain where programme_year = ? order by global_index desc limit 1""",
                rs -> rs.next() ? new Object[] {rs.getLong(1), rs.getBytes(2), rs.getLong(3)} : null,
                year.id(), year.id());
        long position = end == null ? 0 : (Long) end[0];
        var link = end == null ? HexFormat.of().formatHex(ChainLink.GENESIS) : HexFormat.of().formatHex((byte[]) end[1]);
        long count = end == null ? 0 : (Long) end[2];
        var time = clock.instant().toString();
        return new Checkpoint(year.id(), position, link, count, time, signer.publicKey(),
                signer.sign(ChainLink.checkpointBytes(year.id(), position, link, count, time)));
    }

    /** Rosters, hours and compensation as they were at the end of {@code date} (Helsinki), replayed from the events. */
    @GetMapping("/api/programmes/{organiser}/{schoolYear}/as-of/{date}")
    AsOf.AsOfView asOf(@PathVariable String organiser, @PathVariable String schoolYear, @PathVariable LocalDate date) {
        return asOf.at(new ProgrammeYear(organiser, schoolYear), date);
    }

    @GetMapping("/api/audit/public-key")
    Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "format", "X.509, base64", "publicKey", signer.publicKey(),
                "pem", signer.publicKeyPem());
    }

    /** The same key as the PEM file the stand-alone verifier reads ({@code public-key.pem}). */
    @GetMapping(value = "/api/audit/public-key.pem")
    ResponseEntity<String> publicKeyPem() {
        return ResponseEntity.ok().contentType(PEM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"public-key.pem\"")
                .body(signer.publicKeyPem());
    }
}
