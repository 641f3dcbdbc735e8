package fi.verme.groups.web;

import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT …/group-size-rule}. */
record GroupSizeRuleRequest(@NotNull Integer minSize, @NotNull Integer maxSize) {
}
