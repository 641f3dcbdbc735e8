package fi.verme.enrolment.web;

import fi.verme.enrolment.api.AvailabilitySlot;
import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.LateReason;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.ContactDetails;
import fi.verme.enrolment.api.SubmitEnrolment;
import fi.verme.shared.ProgrammeYear;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code POST …/enrolments}: the electronic enrolment form. {@code lateReason} is for a
 * coordinator of the organiser adding an enrolment after the call has closed; from anyone else it is
 * refused.
 */
record EnrolmentRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email(regexp = ContactDetails.EMAIL_PATTERN, message = ContactDetails.EMAIL_ALLOWED) @Size(max = 320)
        String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = ContactDetails.PHONE_ALLOWED)
        String phone,
        @NotBlank @Size(max = 200) String employer,
        @NotBlank @Size(max = 200) String unit,
        @NotNull Role role,
        @NotNull CareerStage careerStage,
        @NotNull @Size(min = 1, max = 3) List<@NotBlank String> themeWishes,
        List<@NotNull AvailabilitySlot> availability,
        // Refused with the form's other fields, not after them (the domain refuses it too, for imports).
        @NotNull @AssertTrue(message = "{verme.consent.message}") Boolean consentToProcessing,
        LateReason lateReason) {

    /**
     * The command this form sends, as its enrolment {@code enrolmentId}: what the public form, a coordinator and an
     * import send alike.
     */
    SubmitEnrolment toCommand(String enrolmentId, ProgrammeYear programmeYear, LateReason late, boolean byCoordinator) {
        return new SubmitEnrolment(enrolmentId, UUID.randomUUID().toString(), programmeYear,
                new ContactDetails(firstName.strip(), lastName.strip(), email.strip(),
                        phone == null || phone.isBlank() ? null : phone.strip()),
                role, employer.strip(), unit.strip(), careerStage, themeWishes, availability, consentToProcessing,
                late, byCoordinator);
    }
}
