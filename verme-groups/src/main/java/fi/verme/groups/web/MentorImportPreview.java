package fi.verme.groups.web;

import fi.verme.enrolment.api.ImportProblem;
import fi.verme.enrolment.api.ImportRow;
import fi.verme.groups.api.MentorImportField;
import fi.verme.groups.api.MentorImportRowStatus;
import fi.verme.groups.api.RegisterMentor;
import fi.verme.shared.Listing;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an imported file's rows become mentor registrations, and which of them would be refused. The mapping is guessed
 * from the header in Finnish, Swedish and English; the coordinator's corrections win. Each row becomes the request a
 * coordinator sends to register one mentor ({@link MentorRequest}), checked by the same Bean Validation and by the
 * mentor's rule of a training year from {@value RegisterMentor#FIRST_TRAINING_YEAR} to this year, and matched by
 * e-mail address against the registered mentors and the file's earlier rows.
 */
final class MentorImportPreview {

    /** Spreadsheets count days from 30.12.1899; 1.1.1990 is day 32874 and 31.12.2100 day 73415. */
    private static final LocalDate SPREADSHEET_DAY_ZERO = LocalDate.of(1899, 12, 30);
    private static final int FIRST_DAY_NUMBER = 32_874;
    private static final int LAST_DAY_NUMBER = 73_415;
    /** A date written out: 1.1.2020, 1/1/2020 or 2020-01-01 (its year in the first or second group). */
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "\\d{1,2}[./]\\d{1,2}[./](\\d{4})|(\\d{4})-\\d{1,2}-\\d{1,2}");

    /** One row as the commit would take it: its request, and what becomes of it. */
    record Row(int line, MentorImportRowStatus status, String mentorId, MentorRequest request,
               List<ImportProblem> problems) {
    }

    private static final Map<MentorImportField, List<String>> HEADERS = headers();

    private final Validator validator;

    MentorImportPreview(Validator validator) {
        this.validator = validator;
    }

    /**
     * The field a column's header names (folded first): exactly, or as the start of a form's longer question ("Sähköpostiosoite (työ)",
     * "Koulutusvuosi (mentorikoulutus)"), the longest known name winning, so that "koulutusvuosi" is a training year
     * and not the "koulu" of an organisation.
     */
    static MentorImportField guess(String header) {
        var name = fold(header);
        MentorImportField best = null;
        int longest = 0;
        for (var entry : HEADERS.entrySet()) {
            for (var word : entry.getValue()) {
                boolean names = name.equals(word) || word.length() >= 5 && name.startsWith(word);
                if (names && word.length() > longest) {
                    best = entry.getKey();
                    longest = word.length();
                }
            }
        }
        return best;
    }

    /** Every row as the commit would take it, by the rules of registering a mentor as they now stand. */
    List<Row> preview(List<String> header, List<ImportRow> rows, List<MentorImportField> columns,
                      Map<String, String> mentorByEmail, int thisYear) {
        var firstLineOf = new HashMap<String, Integer>();
        var preview = new ArrayList<Row>(rows.size());
        for (var row : rows) {
            var problems = new ArrayList<ImportProblem>();
            var yearCell = cell(row, columns, MentorImportField.TRAINING_YEAR);
            var year = yearCell.flatMap(MentorImportPreview::year);
            var request = new MentorRequest(text(row, columns, MentorImportField.FIRST_NAME),
                    text(row, columns, MentorImportField.LAST_NAME), text(row, columns, MentorImportField.EMAIL),
                    text(row, columns, MentorImportField.PHONE), text(row, columns, MentorImportField.ORGANISATION),
                    year.orElse(null), text(row, columns, MentorImportField.TRAINING_PROVIDER));
            validator.validate(request).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<MentorRequest> v) -> v.getPropertyPath().toString()))
                    .forEach(violation -> {
                        var property = violation.getPropertyPath().toString();
                        if (property.equals("trainingYear") && yearCell.isPresent()) {
                            return; // there is a year, just not one: said below
                        }
                        var annotation = violation.getConstraintDescriptor().getAnnotation().annotationType();
                        boolean missing = annotation == NotBlank.class || annotation == NotNull.class;
                        problems.add(new ImportProblem(columnOf(header, columns, fieldOf(property)), property,
                                missing ? "missing" : "invalid", violation.getMessage()));
                    });
            if (yearCell.isPresent() && (year.isEmpty() || year.get() < RegisterMentor.FIRST_TRAINING_YEAR
                    || year.get() > thisYear)) {
                problems.add(new ImportProblem(columnOf(header, columns, MentorImportField.TRAINING_YEAR),
                        "trainingYear", "implausible-year", "the year of the mentor’s Verme training, "
                        + RegisterMentor.FIRST_TRAINING_YEAR + " to " + thisYear));
            }
            var email = request.email() == null ? null : request.email().strip().toLowerCase(Locale.ROOT);
            var registered = email == null ? null : mentorByEmail.get(email);
            if (registered != null) {
                preview.add(new Row(row.line(), MentorImportRowStatus.ALREADY_REGISTERED, registered, request,
                        List.of()));
                continue;
            }
            var earlier = email == null ? null : firstLineOf.putIfAbsent(email, row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(columnOf(header, columns, MentorImportField.EMAIL), "email",
                        "duplicate-in-file", "the same e-mail address is already on line " + earlier));
            }
            preview.add(new Row(row.line(), problems.isEmpty() ? MentorImportRowStatus.NEW
                    : MentorImportRowStatus.REJECTED, null, request, List.copyOf(problems)));
        }
        return preview;
    }

    /** A year as a spreadsheet writes it: {@code 2019}, or {@code 2019.0} from a number cell; else none. */
    /**
     * The training year a cell gives: a year, or a date that a spreadsheet made of it (typed 1.1.2020 and kept as a
     * date, which an XLSX file stores as its day number, 43831; or written out, 1.1.2020 or 2020-01-01), read as its
     * year.
     */
    static Optional<Integer> year(String text) {
        var written = WRITTEN_DATE.matcher(text);
        if (written.matches()) {
            return Optional.of(Integer.parseInt(written.group(1) != null ? written.group(1) : written.group(2)));
        }
        try {
            int number = new BigDecimal(text).intValueExact();
            return Optional.of(number >= FIRST_DAY_NUMBER && number <= LAST_DAY_NUMBER
                    ? SPREADSHEET_DAY_ZERO.plusDays(number).getYear() : number);
        } catch (NumberFormatException | ArithmeticException notAYear) {
            return Optional.empty();
        }
    }

    /** Text as the guesses compare it: folded as lists fold it, punctuation as single spaces. */
    private static String fold(String text) {
        return Listing.fold(text == null ? "" : text).replaceAll("[^\\p{L}\\p{N}@]+", " ").strip();
    }

    private static Optional<String> cell(ImportRow row, List<MentorImportField> columns, MentorImportField field) {
        int column = columns.indexOf(field);
        if (column < 0 || column >= row.cells().size() || row.cells().get(column).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(row.cells().get(column).strip());
    }

    private static String text(ImportRow row, List<MentorImportField> columns, MentorImportField field) {
        return cell(row, columns, field).orElse(null);
    }

    private static String columnOf(List<String> header, List<MentorImportField> columns, MentorImportField field) {
        int column = field == null ? -1 : columns.indexOf(field);
        return column < 0 ? null : header.get(column);
    }

    private static MentorImportField fieldOf(String property) {
        return switch (property) {
            case "firstName" -> MentorImportField.FIRST_NAME;
            case "lastName" -> MentorImportField.LAST_NAME;
            case "email" -> MentorImportField.EMAIL;
            case "phone" -> MentorImportField.PHONE;
            case "organisation" -> MentorImportField.ORGANISATION;
            case "trainingYear" -> MentorImportField.TRAINING_YEAR;
            case "trainingProvider" -> MentorImportField.TRAINING_PROVIDER;
            default -> null;
        };
    }

    private static Map<MentorImportField, List<String>> headers() {
        var headers = new EnumMap<MentorImportField, List<String>>(MentorImportField.class);
        headers.put(MentorImportField.FIRST_NAME, List.of("etunimi", "etunimet", "fornamn", "first name",
                "firstname", "given name", "forename"));
        headers.put(MentorImportField.LAST_NAME, List.of("sukunimi", "efternamn", "last name", "lastname", "surname",
                "family name"));
        headers.put(MentorImportField.EMAIL, List.of("sahkoposti", "sahkopostiosoite", "s posti", "email", "e mail",
                "e post", "epost", "e postadress", "email address", "e mail address"));
        headers.put(MentorImportField.PHONE, List.of("puhelin", "puhelinnumero", "matkapuhelin", "puh", "telefon",
                "telefonnummer", "mobil", "phone", "phone number", "mobile", "telephone"));
        headers.put(MentorImportField.ORGANISATION, List.of("organisaatio", "tyonantaja", "koulu", "oppilaitos",
                "tyopaikka", "arbetsgivare", "organisation", "skola", "arbetsplats", "organization", "employer",
                "school", "workplace"));
        headers.put(MentorImportField.TRAINING_YEAR, List.of("koulutusvuosi", "koulutettu", "koulutuksen vuosi",
                "mentorikoulutus vuosi", "utbildningsar", "utbildad", "training year", "year of training",
                "year trained", "trained"));
        headers.put(MentorImportField.TRAINING_PROVIDER, List.of("kouluttaja", "koulutuksen jarjestaja",
                "kouluttajaorganisaatio", "utbildare", "utbildningsanordnare", "training provider", "trainer",
                "trained by", "provider"));
        return headers;
    }
}
