package fi.verme.groups.web;

import fi.verme.groups.api.GroupType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST …/groups}. {@code minSize} and {@code maxSize} default to the programme year's
 * rule; {@code place} is an address, or the link when {@code online}.
 */
record GroupRequest(
        @NotBlank @Size(max = 32) String theme,
        @NotBlank @Size(max = 120) String name,
        @NotNull @Size(min = 1, max = 2) List<@NotBlank String> mentorIds,
        Integer minSize,
        Integer maxSize,
        @NotBlank @Size(max = 300) String place,
        Boolean online,
        GroupType groupType) {
}
