package fi.verme.groups.web;

import fi.verme.enrolment.api.ImportFile;
import fi.verme.groups.api.MentorImportField;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT …/mentor-imports/{importId}/mapping}: the field each column of the file fills, in the file's order
 * (null for a column left out; as many as the file has columns).
 */
record MentorImportMappingRequest(@NotNull @Size(max = ImportFile.MAX_COLUMNS) List<MentorImportField> columns) {
}
