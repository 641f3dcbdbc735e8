package fi.verme.app.audit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's stand-alone verifier (module verme-verifier), as packaged with this build, so that the audit
 * screen can offer it. An auditor who does not trust this installation builds it from the source instead, or
 * writes their own from docs/audit-format.md: the jar is a convenience, not part of what is verified.
 */
@RestController
class VerifierDownload {

    static final Resource JAR = new ClassPathResource("verifier/verme-verifier.jar");

    @GetMapping("/api/audit/verifier.jar")
    ResponseEntity<Resource> verifier() {
        if (!JAR.exists()) {
            throw new VerifierNotBuiltException();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/java-archive"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verme-verifier.jar\"")
                .body(JAR);
    }
}
