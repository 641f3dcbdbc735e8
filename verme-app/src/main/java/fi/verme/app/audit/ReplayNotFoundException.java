package fi.verme.app.audit;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;

/** No rebuild of that id has run on this instance. */
@ProblemType(value = "replay-not-found", kind = Refusal.Kind.NOT_FOUND)
class ReplayNotFoundException extends Refusal {

    ReplayNotFoundException(String replayId) {
        super("No replay " + replayId);
    }
}
