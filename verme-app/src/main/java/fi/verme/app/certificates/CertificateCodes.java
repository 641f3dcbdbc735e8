package fi.verme.app.certificates;

import fi.verme.app.certificates.Certificate.Kind;
import fi.verme.app.platform.storage.AppSecrets;
import fi.verme.groups.api.GroupFormed;
import fi.verme.groups.api.ParticipantPlaced;
import fi.verme.shared.ProgrammeYear;
import fi.verme.shared.ViewProcessors;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Certificate codes. A code is derived from the holder, the programme year and the kind: 60 bits of an
 * HMAC under the application's own key, written as 12 letters and digits that cannot be mistaken for one
 * another. So a download only computes its code, the same on every download, and writes nothing.
 *
 * <p>To check a code, this view maps back every code that can be handed out: a placement makes the
 * participant's, a group formed makes its mentors'. It holds ids only; what a code certifies is read
 * from the modules when it is checked. Codes handed out before codes were derived were random, recorded
 * by the download; {@code app.earlier_certificate_code} keeps them, and they still check.
 */
@Component
@ProcessingGroup(CertificateCodes.PROCESSING_GROUP)
class CertificateCodes {

    static final String PROCESSING_GROUP = "certificates-codes";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;

    /** Whose certificate a code is. */
    record Issued(String personId, ProgrammeYear programmeYear, Kind kind) {
    }

    private final JdbcTemplate jdbc;
    private final SecretKeySpec key;

    CertificateCodes(JdbcTemplate jdbc, AppSecrets secrets) {
        this.jdbc = jdbc;
        this.key = new SecretKeySpec(secrets.key("certificate-codes").getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String codeOf(Certificate certificate) {
        return codeOf(certificate.personId(), certificate.programmeYear(), certificate.kind());
    }

    Optional<Issued> find(String code) {
        return jdbc.query("""
                select person_id, programme_year, kind from app.certificate_code where code = ?
                union all
                select person_id, programme_year, kind from app.earlier_certificate_code where code = ?""",
                (rs, row) -> new Issued(rs.getString(1), ProgrammeYear.fromId(rs.getString(2)),
                        Kind.of(rs.getString(3))), code, code).stream().findFirst();
    }

    @EventHandler
    void on(ParticipantPlaced event) {
        register(event.personId(), event.programmeYear(), Kind.PARTICIPANT);
    }

    @EventHandler
    void on(GroupFormed event) {
        event.mentors().forEach(mentor -> register(mentor.personId(), event.programmeYear(), Kind.MENTOR));
    }

    @ResetHandler
    void reset() {
        ViewProcessors.emptying("app.certificate_code").forEach(jdbc::execute);
    }

    /** Once per holder, year and kind; two holders with one code (a 60-bit collision) stop this view, loudly. */
    private void register(String personId, ProgrammeYear year, Kind kind) {
        jdbc.update("""
                insert into app.certificate_code (code, person_id, programme_year, kind) values (?, ?, ?, ?)
                on conflict (person_id, programme_year, kind) do nothing""",
                codeOf(personId, year, kind), personId, year.id(), kind.word());
    }

    private String codeOf(String personId, ProgrammeYear year, Kind kind) {
        long bits = ByteBuffer.wrap(hmac(personId + "|" + year.id() + "|" + kind.word())).getLong();
        var code = new StringBuilder(LENGTH);
        for (int i = 1; i <= LENGTH; i++) {
            code.append(ALPHABET.charAt((int) (bits >>> (Long.SIZE - 5 * i)) & 31));
        }
        return code.toString();
    }

    private byte[] hmac(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
