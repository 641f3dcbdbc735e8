package fi.verme.app.certificates;

import fi.verme.app.certificates.CertificatePdf.Issue;
import fi.verme.app.organisers.OrganiserLogos;
import fi.verme.app.organisers.Organisers;
import fi.verme.app.platform.web.ProblemTexts;
import fi.verme.enrolment.api.PersonNotFoundException;
import fi.verme.shared.InvalidInputException;
import fi.verme.shared.ProgrammeYear;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Participation certificates (a participant's meetings, hours and what the rules make of them) and mentor
 * certificates (the groups led, their meetings and hours) as PDF, in Finnish, Swedish or English, each with a
 * code that anyone can check: the PDF's QR code and address open the UI's check page ({@code #/todistus/{code}}
 * under {@code verme.public-url}), which reads {@code /api/certificates/verify/{code}}. Both read only: the
 * figures are the modules' answers at the moment, and the code is derived ({@link CertificateCodes}).
 */
@RestController
class CertificateController {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final Certificates certificates;
    private final CertificateCodes codes;
    private final Organisers organisers;
    private final OrganiserLogos logos;
    private final Clock clock;
    private final String publicUrl;

    CertificateController(Certificates certificates, CertificateCodes codes, Organisers organisers,
                          OrganiserLogos logos, Clock clock, @Value("${verme.public-url}") String publicUrl) {
        this.certificates = certificates;
        this.logos = logos;
        this.codes = codes;
        this.organisers = organisers;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
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
        var issue = new Issue(organisers.name(organiser, language), organisers.title(year, language),
                certificates.coordinators(organiser), LocalDate.now(clock.withZone(FINLAND)), code,
                publicUrl + "/#/todistus/" + code, logos.find(organiser).map(OrganiserLogos.Logo::image).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"verme-" + schoolYear + ".pdf\"")
                .header("Verme-Certificate-Code", code).body(CertificatePdf.render(certificate, issue, language));
    }

    /** What the code's certificate certifies now: the same figures as a download now would show. */
    @GetMapping("/api/certificates/verify/{code}")
    Map<String, Object> verify(@PathVariable String code) {
        var issued = codes.find(code).orElseThrow(CertificateNotFoundException::new);
        var answer = new LinkedHashMap<String, Object>();
        var holder = certificates.holder(issued.personId());
        var certified = holder.flatMap(name -> certificates.certified(issued.personId(), issued.programmeYear()))
                .filter(certifies -> certifies.kind() == issued.kind());
        var language = ProblemTexts.currentLocale().getLanguage();
        answer.put("valid", certified.isPresent());
        answer.put("holderErased", holder.isEmpty());
        answer.put("kind", issued.kind().word());
        answer.put("programmeYear", issued.programmeYear().id());
        answer.put("organiser", organisers.name(issued.programmeYear().organiser(), language));
        answer.put("programme", organisers.title(issued.programmeYear(), language));
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
