package fi.verme.app.audit;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** This installation was started from a build that did not package the stand-alone verifier. */
@ProblemType(value = "verifier-not-built", kind = Refusal.Kind.NOT_FOUND)
class VerifierNotBuiltException extends Refusal {

    VerifierNotBuiltException() {
        super("The stand-alone verifier was not packaged with this build");
    }
}
