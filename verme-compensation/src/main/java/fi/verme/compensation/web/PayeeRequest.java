package fi.verme.compensation.web;

import fi.verme.enrolment.api.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/payees}: a person to pay (a substitute, say); the details go to the person register. */
record PayeeRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email(regexp = ContactDetails.EMAIL_PATTERN, message = ContactDetails.EMAIL_ALLOWED) @Size(max = 320)
        String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = ContactDetails.PHONE_ALLOWED)
        String phone) {
}
