package fi.verme.compensation.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.verme.compensation.api.PaymentPeriodApproved;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@code PaymentPeriodApproved} kept each line's amount but not what it counted. The quantity the
 * rules gave then is not in the event, and guessing it from today's rules would record a guess as fact; so each
 * line is read with no quantity, and the views show it at the current rules' quantity, as they did before.
 */
@Component
class PaymentPeriodApprovedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(PaymentPeriodApproved.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(PaymentPeriodApproved.class.getName(), "2"),
                JsonNode.class, payload -> {
                    var event = (ObjectNode) payload;
                    event.get("lines").forEach(line -> ((ObjectNode) line).putNull("quantity"));
                    return event;
                });
    }
}
