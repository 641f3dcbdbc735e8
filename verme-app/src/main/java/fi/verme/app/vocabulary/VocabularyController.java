package fi.verme.app.vocabulary;

import fi.verme.app.access.AccessRole;
import fi.verme.app.notices.MessageStatus;
import fi.verme.compensation.api.ClaimStatus;
import fi.verme.compensation.api.ExpenseKind;
import fi.verme.compensation.api.LineKind;
import fi.verme.compensation.api.LineStatus;
import fi.verme.compensation.api.MeetingPayment;
import fi.verme.compensation.api.PayeeKind;
import fi.verme.compensation.api.PaymentType;
import fi.verme.compensation.api.PayrollDateFormat;
import fi.verme.compensation.api.PayrollDecimal;
import fi.verme.compensation.api.PayrollEncoding;
import fi.verme.compensation.api.PayrollField;
import fi.verme.compensation.api.PayrollLayout;
import fi.verme.compensation.api.PayrollSeparator;
import fi.verme.compensation.api.Preset;
import fi.verme.compensation.api.RejectionReason;
import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ImportField;
import fi.verme.enrolment.api.ImportRowStatus;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.EnrolmentStatus;
import fi.verme.enrolment.api.LateReason;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.WaitlistReason;
import fi.verme.enrolment.api.WithdrawalReason;
import fi.verme.groups.api.CancellationReason;
import fi.verme.groups.api.Commitment;
import fi.verme.groups.api.GroupStatus;
import fi.verme.groups.api.GroupType;
import fi.verme.groups.api.MentorImportField;
import fi.verme.groups.api.MentorImportRowStatus;
import fi.verme.groups.api.PlacementProposalView;
import fi.verme.groups.api.RemovalReason;
import fi.verme.groups.api.SurveyResultsView;
import fi.verme.meetings.api.JointMeetingKind;
import fi.verme.meetings.api.MeetingCancellationReason;
import fi.verme.meetings.api.MeetingStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The codes of every enumeration the API sends or accepts, each in its declared order, taken from the Java
 * enums: the UI builds its choices from them instead of keeping copies that drift. What a code is called in
 * each language is the UI's ({@code enum.<name>.<code>} in {@code static/i18n/*.json}); VocabularyTest fails
 * when a code has no name in one of them. Public, since the anonymous enrolment form needs it too: codes
 * only, nobody's data.
 */
@RestController
class VocabularyController {

    /**
     * Every enumeration of the modules' contracts, the access roles and the outbox's statuses, under the name the
     * UI knows it by: the enum's own, or for an enum nested in a view a name saying whose it is.
     */
    static final Map<String, Class<? extends Enum<?>>> ENUMERATIONS = enumerations();

    private static final Map<String, List<String>> CODES = codes();

    /** E.g. {@code {"Role": ["TEACHER", "SPECIAL_EDUCATION_TEACHER", …], "CareerStage": […], …}}. */
    @GetMapping("/api/vocabulary")
    Map<String, List<String>> vocabulary() {
        return CODES;
    }

    private static Map<String, Class<? extends Enum<?>>> enumerations() {
        var enums = new LinkedHashMap<String, Class<? extends Enum<?>>>();
        for (var type : List.<Class<? extends Enum<?>>>of(
                Role.class, CareerStage.class, AvailabilitySlot.class, LateReason.class, WithdrawalReason.class,
                WaitlistReason.class, EnrolmentStatus.class, ImportField.class, ImportRowStatus.class,
                GroupStatus.class, GroupType.class, CancellationReason.class, Commitment.class, RemovalReason.class,
                MentorImportField.class, MentorImportRowStatus.class,
                MeetingStatus.class, MeetingCancellationReason.class, JointMeetingKind.class,
                Preset.class, MeetingPayment.class, ExpenseKind.class, ClaimStatus.class, RejectionReason.class,
                LineKind.class, LineStatus.class, PayeeKind.class, PaymentType.class, PayrollLayout.class, PayrollField.class,
                PayrollEncoding.class, PayrollSeparator.class, PayrollDecimal.class, PayrollDateFormat.class,
                AccessRole.class, MessageStatus.class)) {
            enums.put(type.getSimpleName(), type);
        }
        enums.put("CallStatus", EnrolmentCallView.Status.class);
        enums.put("ProposalStatus", PlacementProposalView.Status.class);
        enums.put("Suggestion", PlacementProposalView.Suggestion.class);
        enums.put("SurveyHidden", SurveyResultsView.Hidden.class);
        return Collections.unmodifiableMap(enums);
    }

    private static Map<String, List<String>> codes() {
        var codes = new LinkedHashMap<String, List<String>>();
        ENUMERATIONS.forEach((name, type) -> codes.put(name,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return Collections.unmodifiableMap(codes);
    }
}
