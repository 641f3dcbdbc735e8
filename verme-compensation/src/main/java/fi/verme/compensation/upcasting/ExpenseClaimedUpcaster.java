package fi.verme.compensation.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.verme.compensation.api.ExpenseClaimed;
import fi.verme.compensation.api.PayeeKind;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@code ExpenseClaimed} was written when every expense was the claiming mentor's, substitutes
 * included, and was owed (and approved, and paid) to that mentor. So it is read as what it was: the payee is
 * the mentor, and no participant travelled. Nothing is re-assigned after the fact: an amount already paid to
 * a mentor stays theirs.
 */
@Component
class ExpenseClaimedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ExpenseClaimed.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ExpenseClaimed.class.getName(), "2"),
                JsonNode.class, payload -> {
                    var event = (ObjectNode) payload;
                    var payee = event.putObject("payee");
                    payee.put("kind", PayeeKind.MENTOR.name());
                    payee.set("id", event.get("mentorId"));
                    event.putNull("participantId");
                    return event;
                });
    }
}
