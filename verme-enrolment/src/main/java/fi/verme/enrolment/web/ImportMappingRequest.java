package fi.verme.enrolment.web;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.ImportField;
import fi.verme.enrolment.api.ImportFile;
import fi.verme.enrolment.api.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PUT …/imports/{importId}/mapping}: the field each column of the file fills, in the file's order
 * (null for a column left out; as many as the file has columns), and the coordinator's reading of the file's words
 * for themes (to the call's theme codes), roles and career stages; a word not given keeps its guess.
 */
record ImportMappingRequest(
        @NotNull @Size(max = ImportFile.MAX_COLUMNS) List<ImportField> columns,
        Map<@Size(max = 500) String, @Size(max = 32) String> themes,
        Map<@Size(max = 500) String, Role> roles,
        Map<@Size(max = 500) String, CareerStage> careerStages) {
}
