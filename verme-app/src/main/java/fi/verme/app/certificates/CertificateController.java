package fi.verme.app.certificates;

import fi.verme.app.organisers.Organisers;
import fi.verme.app.platform.web.ProblemTexts;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participation certificates (a participant's meetings, hours and VESO days) and mentor certificates
 * (the groups led and their hours) as PDF, in Finnish, Swedish or English, each with a code that
 * anyone can check at {@code /api/certificates/verify/{code}}. Both read only: the figures are the
 * modules' answers at the moment, and the code is derived ({@link CertificateCodes}).
 */
@RestController
class CertificateController {

    private final Certificates certificates;
    private final CertificateCodes codes;
    private final Organisers organisers;
    private final String publicUrl;

    CertificateController(Certificates certificates, CertificateCodes codes, Organisers organisers,
                          @Value("${verme.public-url}") String publicUrl) {
        this.certificates = certificates;
        this.codes = codes;
        this.organisers = organisers;
        this.publicUrl = publicUrl;
    }

    /** {@code organiser}: whose programme; {@code lang}: fi, sv or en (the organiser's default language if left out). */
    @GetMapping("/api/persons/{personId}/certificates/{schoolYear}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String personId, @PathVariable String schoolYear,
                                       @RequestParam String organiser,
                                       @RequestParam(required = false) String lang) {
        if (lang != null && !CertificatePdf.LANGUAGES.contains(lang)) {
            throw new InvalidInputException("lang", "fi, sv or en");
        }
        var year = new ProgrammeYear(organiser, schoolYear);
        var language = lang != null ? lang : organisers.defaultLanguage(organiser);
        var holder = certificates.holder(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        var certified = certificates.certified(personId, year)
                .orElseThrow(() -> new NothingToCertifyException(year));
        var certificate = new Certificate(personId, year, holder, certified);
        var code = codes.codeOf(certificate);
        var pdf = CertificatePdf.render(certificate, organisers.name(organiser, language), language, code,
                publicUrl + "/api/certificates/verify/" + code);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"verme-" + schoolYear + ".pdf\"")
                .header("Verme-Certificate-Code", code).body(pdf);
    }

    /** What the code's certificate certifies now: the same figures as a download now would show. */
    @GetMapping("/api/certificates/verify/{code}")
    Map<String, Object> verify(@PathVariable String code) {
        var issued = codes.find(code).orElseThrow(CertificateNotFoundException::new);
        var answer = new LinkedHashMap<String, Object>();
        var holder = certificates.holder(issued.personId());
        var certified = holder.flatMap(name -> certificates.certified(issued.personId(), issued.programmeYear()))
                .filter(certifies -> certifies.kind() == issued.kind());
        answer.put("valid", certified.isPresent());
        answer.put("holderErased", holder.isEmpty());
        answer.put("kind", issued.kind().word());
        answer.put("programmeYear", issued.programmeYear().id());
        answer.put("programme", organisers.title(issued.programmeYear(), ProblemTexts.currentLocale().getLanguage()));
        if (holder.isEmpty()) {
            // The code was real, but what it certified went with the holder: nothing left to confirm.
            answer.put("detail", words("certificate.holder-erased"));
        } else if (certified.isEmpty()) {
            answer.put("detail", words("certificate.no-longer-certified"));
        } else {
            answer.put("holder", holder.get());
            answer.put("certifies", certified.get());
        }
        return answer;
    }

    /** A sentence of the answer in the reader's language, from the same catalogue as the problems' texts. */
    private static String words(String key) {
        return ProblemTexts.messages().getMessage(key, null, ProblemTexts.currentLocale());
    }
}
