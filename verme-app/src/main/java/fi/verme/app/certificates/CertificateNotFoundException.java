package fi.verme.app.certificates;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No certificate has this code. */
@ProblemType(value = "certificate-not-found", kind = Refusal.Kind.NOT_FOUND)
class CertificateNotFoundException extends Refusal {

    CertificateNotFoundException() {
        super("No certificate with this code");
    }
}
