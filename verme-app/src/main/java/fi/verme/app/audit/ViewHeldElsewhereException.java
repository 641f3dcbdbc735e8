package fi.verme.app.audit;

import fi.verme.shared.ProblemType;
import fi.verme.shared.Refusal;
import java.util.List;

/** A view cannot be rebuilt here: another instance holds it (or one that stopped, until its claim lapses). */
@ProblemType(value = "view-held-elsewhere", kind = Refusal.Kind.CONFLICT)
class ViewHeldElsewhereException extends Refusal {

    private final String view;

    ViewHeldElsewhereException(String view) {
        super("The view " + view + " is held by another instance (or by one that stopped, until its claim lapses in "
                + "a few seconds); retry in a moment");
        this.view = view;
    }

    @Override
    public List<Object> detailArguments() {
        return List.of(view);
    }
}
