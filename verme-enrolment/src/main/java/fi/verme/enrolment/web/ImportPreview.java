package fi.verme.enrolment.web;

import fi.verme.enrolment.api.CareerStage;
import fi.verme.enrolment.api.EnrolledEmails;
import fi.verme.enrolment.api.EnrolmentCallView;
import fi.verme.enrolment.api.ImportField;
import fi.verme.enrolment.api.ImportMapping;
import fi.verme.enrolment.api.ImportProblem;
import fi.verme.enrolment.api.ImportRow;
import fi.verme.enrolment.api.ImportRowStatus;
import fi.verme.enrolment.api.Role;
import fi.verme.enrolment.api.Theme;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How an imported file's rows become enrolment forms, and which of them the form would refuse. The mapping is guessed
 * from the header in Finnish, Swedish and English and from the call's themes; the coordinator's corrections win. Each
 * row becomes the public form's own request ({@link EnrolmentRequest}), checked by the same Bean Validation and then
 * by the rules the enrolment itself checks (the call's themes and roles, consent), and matched by e-mail address
 * against the year's enrolments and the file's earlier rows.
 */
final class ImportPreview {

    /** One row as the commit would take it: its request when it has one, and what becomes of it. */
    record Row(int line, ImportRowStatus status, String enrolmentId, EnrolmentRequest request,
               List<ImportProblem> problems) {
    }

    /** The file's own wording of each kind, and what it is read as (null: nothing the call knows). */
    record Values(Map<String, String> themes, Map<String, Role> roles, Map<String, CareerStage> careerStages) {
    }

    /** Ordinal words of a wish's place, folded, in Finnish, Swedish and English, and the place they give. */
    private static final Map<String, String> ORDINALS = ordinals();
    /**
     * A wish's column: a number or an ordinal word ("Ensisijainen teematoive", "Önskat tema 1", "2. toive"), then the
     * word for a wish or a theme, then perhaps a number.
     */
    private static final Pattern NUMBERED_WISH = Pattern.compile(
            "(?:(\\d)\\s*\\.?\\s*)?(?:(" + String.join("|", ORDINALS.keySet()) + ")\\s+)?(?:(?:onskat|toivottu)\\s+)?"
                    + "(?:toive|teematoive|teema|onskemal|onske|tema|wish|choice|theme|preference)\\s*(\\d)?.*");
    /** A form's question that lists several themes: "Mihin teemoihin haluat osallistua?", "Vilka teman…". */
    private static final Pattern THEMES_QUESTION = Pattern.compile(".*\\b(?:teemo\\w*|teemat|teman|themes?)\\b.*");
    private static final Map<ImportField, List<String>> HEADERS = headers();
    private static final Map<String, Role> ROLE_WORDS = roleWords();
    private static final Map<String, CareerStage> STAGE_WORDS = stageWords();
    private static final Set<String> NO = Set.of("", "ei", "nej", "no", "false", "0", "e", "n", "-");

    private final Validator validator;

    ImportPreview(Validator validator) {
        this.validator = validator;
    }

    /** Text as the guesses compare it: trimmed, lower case, without accents, punctuation as single spaces. */
    static String fold(String text) {
        var plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@]+", " ").strip();
    }

    /** The field a column's header names, if any (its name folded first). */
    static ImportField guess(String header) {
        var name = fold(header);
        for (var entry : HEADERS.entrySet()) {
            if (entry.getValue().contains(name)) {
                return entry.getKey();
            }
        }
        var wish = NUMBERED_WISH.matcher(name);
        if (wish.matches()) {
            var number = wish.group(1) != null ? wish.group(1)
                    : wish.group(2) != null ? ORDINALS.get(wish.group(2)) : wish.group(3);
            return number == null ? ImportField.THEME_WISHES : switch (number) {
                case "1" -> ImportField.THEME_WISH_1;
                case "2" -> ImportField.THEME_WISH_2;
                case "3" -> ImportField.THEME_WISH_3;
                default -> null;
            };
        }
        // A form's long question: "Sähköpostiosoite (työ)", "Annan suostumukseni tietojeni käsittelyyn".
        for (var entry : HEADERS.entrySet()) {
            if (entry.getValue().stream().anyMatch(word -> word.length() >= 5 && name.startsWith(word))) {
                return entry.getKey();
            }
        }
        if (name.contains("suostu") || name.contains("samtyck") || name.contains("consent")) {
            return ImportField.CONSENT;
        }
        if (THEMES_QUESTION.matcher(name).matches()) {
            return ImportField.THEME_WISHES;
        }
        return null;
    }

    private static Map<String, String> ordinals() {
        var ordinals = new LinkedHashMap<String, String>();
        for (var word : List.of("ensisijainen", "ensimmainen", "forsta", "forstahands", "first", "primary")) {
            ordinals.put(word, "1");
        }
        for (var word : List.of("toissijainen", "toinen", "andra", "andrahands", "second", "secondary")) {
            ordinals.put(word, "2");
        }
        for (var word : List.of("kolmas", "tredje", "third")) {
            ordinals.put(word, "3");
        }
        return ordinals;
    }

    /**
     * What a column's cells must look like for it to be taken for a field when more than one column's header names
     * it: a form tool's export may have the respondent's account ("Sähköposti": anonymous) beside the question that
     * asks for the address.
     */
    static final Map<ImportField, Predicate<String>> FITS = Map.of(
            ImportField.EMAIL, cell -> cell.contains("@"));

    /** The value mappings in force: every value of the mapped columns, read by the coordinator's word or a guess. */
    static Values values(List<ImportRow> rows, ImportMapping mapping, EnrolmentCallView call) {
        var themes = new LinkedHashMap<String, String>();
        var roles = new LinkedHashMap<String, Role>();
        var stages = new LinkedHashMap<String, CareerStage>();
        for (var row : rows) {
            // put, not computeIfAbsent: a word read as nothing is listed too, for the coordinator to choose.
            for (var wish : wishes(row, mapping)) {
                if (!themes.containsKey(wish.value())) {
                    themes.put(wish.value(), theme(wish.value(), mapping, call));
                }
            }
            cell(row, mapping, ImportField.ROLE).filter(value -> !roles.containsKey(value)).ifPresent(value ->
                    roles.put(value, word(value, mapping.roles(), ROLE_WORDS, Role::valueOf)));
            cell(row, mapping, ImportField.CAREER_STAGE).filter(value -> !stages.containsKey(value)).ifPresent(value ->
                    stages.put(value, word(value, mapping.careerStages(), STAGE_WORDS, CareerStage::valueOf)));
        }
        return new Values(themes, roles, stages);
    }

    /** Every row as the commit would take it, judged by the form's rules against the year as it now stands. */
    List<Row> preview(List<String> header, List<ImportRow> rows, ImportMapping mapping, EnrolmentCallView call,
                      EnrolledEmails known) {
        var values = values(rows, mapping, call);
        boolean themeColumnChosen = mapping.columns().stream().anyMatch(field -> field == ImportField.THEME_WISH_1
                || field == ImportField.THEME_WISH_2 || field == ImportField.THEME_WISH_3
                || field == ImportField.THEME_WISHES);
        var firstLineOf = new HashMap<String, Integer>();
        var preview = new ArrayList<Row>(rows.size());
        for (var row : rows) {
            var problems = new ArrayList<ImportProblem>();
            var wishes = new ArrayList<String>();
            var wishColumns = new ArrayList<String>();
            for (var wish : wishes(row, mapping)) {
                var code = values.themes().get(wish.value());
                if (code == null) {
                    problems.add(new ImportProblem(header.get(wish.column()), "themeWishes[" + wishes.size() + "]",
                            "unknown-theme", "one of the call’s themes: " + String.join(", ",
                            call.themes().stream().map(t -> t.code() + " (" + t.name() + ")").toList())));
                } else {
                    wishes.add(code);
                    wishColumns.add(header.get(wish.column()));
                }
            }
            var role = cell(row, mapping, ImportField.ROLE).map(value -> {
                var read = values.roles().get(value);
                if (read == null) {
                    problems.add(problem(header, mapping, ImportField.ROLE, "role", "unknown-role",
                            "one of the roles: " + List.of(Role.values())));
                }
                return read;
            }).orElse(null);
            var stage = cell(row, mapping, ImportField.CAREER_STAGE).map(value -> {
                var read = values.careerStages().get(value);
                if (read == null) {
                    problems.add(problem(header, mapping, ImportField.CAREER_STAGE, "careerStage",
                            "unknown-career-stage", "one of the career stages: " + List.of(CareerStage.values())));
                }
                return read;
            }).orElse(null);
            boolean consent = cell(row, mapping, ImportField.CONSENT).map(value -> !NO.contains(fold(value)))
                    .orElse(false);
            var request = new EnrolmentRequest(text(row, mapping, ImportField.FIRST_NAME),
                    text(row, mapping, ImportField.LAST_NAME), text(row, mapping, ImportField.EMAIL),
                    text(row, mapping, ImportField.PHONE), text(row, mapping, ImportField.EMPLOYER),
                    text(row, mapping, ImportField.UNIT), role, stage, List.copyOf(wishes), List.of(), consent, null);
            validator.validate(request).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<EnrolmentRequest> v) -> v.getPropertyPath().toString()))
                    .forEach(violation -> {
                        var field = violation.getPropertyPath().toString();
                        if (role == null && field.equals("role") && cell(row, mapping, ImportField.ROLE).isPresent()
                                || stage == null && field.equals("careerStage")
                                && cell(row, mapping, ImportField.CAREER_STAGE).isPresent()) {
                            return; // already said: the file's word is not one Verme knows
                        }
                        if (field.equals("consentToProcessing")) {
                            return; // said below, with its own code
                        }
                        if (field.equals("themeWishes") && wishes.isEmpty() && !problems.isEmpty()
                                && problems.stream().anyMatch(p -> p.code().equals("unknown-theme"))) {
                            return; // the wishes are there, in words the call does not know: already said
                        }
                        if (field.equals("themeWishes") && wishes.isEmpty() && !themeColumnChosen) {
                            problems.add(new ImportProblem(null, field, "no-theme-column", "a column of theme "
                                    + "wishes (one listing them, or one per wish in order of preference): the file "
                                    + "has none, or it is not chosen"));
                            return;
                        }
                        var column = field.startsWith("themeWishes[") ? wishColumn(field, wishColumns)
                                : columnOf(header, mapping, fieldOf(field));
                        problems.add(new ImportProblem(column, field, "invalid", violation.getMessage()));
                    });
            if (wishes.size() != new LinkedHashSet<>(wishes).size()) {
                problems.add(problem(header, mapping, ImportField.THEME_WISHES, "themeWishes", "invalid",
                        "1 to 3 different themes, in order of preference"));
            }
            if (role != null && !call.targetRoles().isEmpty() && !call.targetRoles().contains(role)) {
                problems.add(problem(header, mapping, ImportField.ROLE, "role", "role-not-invited",
                        "one of the call’s target roles: " + call.targetRoles()));
            }
            if (!mapping.columns().contains(ImportField.CONSENT)) {
                // Not taken from last year's list: each person consents to this year's processing.
                problems.add(new ImportProblem(null, "consentToProcessing", "no-consent-column",
                        "a column recording each person's consent to the processing of their personal data this year "
                                + "(for example Suostumus): the file has none, or it is not chosen"));
            } else if (!consent) {
                problems.add(problem(header, mapping, ImportField.CONSENT, "consentToProcessing", "no-consent",
                        "consent to the processing of personal data: enrolling needs it"));
            }
            var email = request.email() == null ? null : request.email().strip().toLowerCase(Locale.ROOT);
            var enrolled = email == null ? null : known.enrolmentIdByEmail().get(email);
            if (enrolled != null) {
                preview.add(new Row(row.line(), ImportRowStatus.ALREADY_ENROLLED, enrolled, request, List.of()));
                continue;
            }
            var withdrawn = email == null ? null : known.withdrawnEnrolmentIdByEmail().get(email);
            if (withdrawn != null) {
                preview.add(new Row(row.line(), ImportRowStatus.WITHDRAWN, withdrawn, request, List.of()));
                continue;
            }
            var earlier = email == null || email.isEmpty() ? null : firstLineOf.putIfAbsent(email, row.line());
            if (earlier != null) {
                problems.add(problem(header, mapping, ImportField.EMAIL, "email", "duplicate-in-file",
                        "the same e-mail address is already on line " + earlier));
            }
            preview.add(new Row(row.line(), problems.isEmpty() ? ImportRowStatus.NEW : ImportRowStatus.REJECTED, null,
                    request, List.copyOf(problems)));
        }
        return preview;
    }

    private record Wish(int column, String value) {
    }

    /** The row's theme wishes in order of preference: the numbered columns, then any column listing several. */
    private static List<Wish> wishes(ImportRow row, ImportMapping mapping) {
        var wishes = new ArrayList<Wish>();
        for (var field : List.of(ImportField.THEME_WISH_1, ImportField.THEME_WISH_2, ImportField.THEME_WISH_3)) {
            int column = mapping.columns().indexOf(field);
            cell(row, mapping, field).ifPresent(value -> wishes.add(new Wish(column, value)));
        }
        int listed = mapping.columns().indexOf(ImportField.THEME_WISHES);
        cell(row, mapping, ImportField.THEME_WISHES).ifPresent(value -> {
            for (var part : value.split("[;,]")) {
                if (!part.isBlank()) {
                    wishes.add(new Wish(listed, part.strip()));
                }
            }
        });
        return wishes;
    }

    private static String theme(String value, ImportMapping mapping, EnrolmentCallView call) {
        if (mapping.themes() != null && mapping.themes().containsKey(value)) {
            var code = mapping.themes().get(value);
            return call.themes().stream().map(Theme::code).filter(c -> c.equals(code)).findFirst().orElse(null);
        }
        var folded = fold(value);
        return call.themes().stream().filter(t -> fold(t.code()).equals(folded) || fold(t.name()).equals(folded))
                .map(Theme::code).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E word(String value, Map<String, E> chosen, Map<String, E> words,
                                              Function<String, E> byName) {
        if (chosen != null && chosen.containsKey(value)) {
            return chosen.get(value);
        }
        var folded = fold(value);
        var known = words.get(folded);
        if (known != null) {
            return known;
        }
        try {
            return byName.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }

    private static java.util.Optional<String> cell(ImportRow row, ImportMapping mapping, ImportField field) {
        int column = mapping.columns().indexOf(field);
        if (column < 0 || column >= row.cells().size() || row.cells().get(column).isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(row.cells().get(column).strip());
    }

    private static String text(ImportRow row, ImportMapping mapping, ImportField field) {
        return cell(row, mapping, field).orElse(null);
    }

    private static ImportProblem problem(List<String> header, ImportMapping mapping, ImportField field, String name,
                                         String code, String message) {
        return new ImportProblem(columnOf(header, mapping, field), name, code, message);
    }

    private static String columnOf(List<String> header, ImportMapping mapping, ImportField field) {
        int column = field == null ? -1 : mapping.columns().indexOf(field);
        return column < 0 ? null : header.get(column);
    }

    private static String wishColumn(String field, List<String> wishColumns) {
        int index = Integer.parseInt(field.substring("themeWishes[".length(), field.indexOf(']')));
        return index < wishColumns.size() ? wishColumns.get(index) : null;
    }

    private static ImportField fieldOf(String property) {
        return switch (property) {
            case "firstName" -> ImportField.FIRST_NAME;
            case "lastName" -> ImportField.LAST_NAME;
            case "email" -> ImportField.EMAIL;
            case "phone" -> ImportField.PHONE;
            case "employer" -> ImportField.EMPLOYER;
            case "unit" -> ImportField.UNIT;
            case "role" -> ImportField.ROLE;
            case "careerStage" -> ImportField.CAREER_STAGE;
            case "consentToProcessing" -> ImportField.CONSENT;
            default -> property.startsWith("themeWishes") ? ImportField.THEME_WISH_1 : null;
        };
    }

    private static Map<ImportField, List<String>> headers() {
        var headers = new EnumMap<ImportField, List<String>>(ImportField.class);
        headers.put(ImportField.FIRST_NAME, List.of("etunimi", "etunimet", "fornamn", "first name", "firstname",
                "given name", "forename"));
        headers.put(ImportField.LAST_NAME, List.of("sukunimi", "efternamn", "last name", "lastname", "surname",
                "family name"));
        headers.put(ImportField.EMAIL, List.of("sahkoposti", "sahkopostiosoite", "s posti", "email", "e mail",
                "e post", "epost", "e postadress", "email address", "e mail address", "sahkoposti tyo"));
        headers.put(ImportField.PHONE, List.of("puhelin", "puhelinnumero", "matkapuhelin", "puh", "telefon",
                "telefonnummer", "mobil", "phone", "phone number", "mobile", "telephone"));
        headers.put(ImportField.EMPLOYER, List.of("tyonantaja", "organisaatio", "arbetsgivare", "organisation",
                "employer", "organization"));
        // The roster's own exports head the column "Työyksikkö" and "Arbetsenhet": they import back.
        headers.put(ImportField.UNIT, List.of("yksikko", "tyoyksikko", "koulu", "toimipiste", "paivakoti",
                "oppilaitos", "enhet", "arbetsenhet", "skola", "daghem", "unit", "work unit", "school", "workplace"));
        headers.put(ImportField.ROLE, List.of("tehtava", "rooli", "ammatti", "ammattinimike", "nimike",
                "tehtavanimike", "uppgift", "roll", "befattning", "yrke", "role", "job title", "position", "job"));
        headers.put(ImportField.CAREER_STAGE, List.of("uravaihe", "karriarskede", "karriarfas", "career stage",
                "career"));
        headers.put(ImportField.CONSENT, List.of("suostumus", "samtycke", "consent"));
        return headers;
    }

    private static Map<String, Role> roleWords() {
        var words = new HashMap<String, Role>();
        put(words, Role.TEACHER, "opettaja", "luokanopettaja", "aineenopettaja", "lehtori", "lehtorit", "lärare",
                "klasslärare", "ämneslärare", "lektor", "teacher", "class teacher", "subject teacher");
        put(words, Role.SPECIAL_EDUCATION_TEACHER, "erityisopettaja", "erityisluokanopettaja",
                "laaja alainen erityisopettaja", "speciallärare", "specialklasslärare", "special education teacher",
                "special needs teacher");
        put(words, Role.SCHOOL_ASSISTANT, "koulunkäynninohjaaja", "koulunkäynnin ohjaaja", "koulunkäyntiavustaja",
                "ohjaaja", "avustaja", "skolgångsbiträde", "skolgångshandledare", "elevassistent", "school assistant",
                "teaching assistant");
        put(words, Role.STUDY_COUNSELLOR, "opinto ohjaaja", "opinto-ohjaaja", "opo", "studiehandledare",
                "study counsellor", "study counselor", "guidance counsellor");
        put(words, Role.WORK_LIFE_COORDINATOR, "työelämäkoordinaattori", "arbetslivskoordinator",
                "work life coordinator", "work-life coordinator");
        put(words, Role.PRINCIPAL, "rehtori", "apulaisrehtori", "johtaja", "päiväkodin johtaja", "rektor",
                "biträdande rektor", "principal", "head teacher", "vice principal");
        put(words, Role.EARLY_CHILDHOOD_EDUCATOR, "varhaiskasvatuksen opettaja", "lastentarhanopettaja",
                "varhaiskasvattaja", "lastenhoitaja", "varhaiskasvatuksen sosionomi", "småbarnspedagog",
                "barnträdgårdslärare", "early childhood educator", "early childhood teacher", "kindergarten teacher");
        put(words, Role.STUDENT_TEACHER, "opettajaopiskelija", "harjoittelija", "lärarstuderande",
                "lärarstudent", "student teacher");
        put(words, Role.OTHER, "muu", "annan", "annat", "other");
        return words;
    }

    private static Map<String, CareerStage> stageWords() {
        var words = new HashMap<String, CareerStage>();
        put(words, CareerStage.STUDENT, "opiskelija", "studerande", "student");
        // Verme's own words too (its lists and CSV files in the three languages), so that an exported list reads back.
        put(words, CareerStage.NEW, "uusi", "aloittava", "vastavalmistunut", "uransa alussa", "alle 5 vuotta", "ny",
                "nyutexaminerad", "new", "beginner", "early career", "uransa alussa (alle 5 v)",
                "i början av karriären", "i början av karriären (under 5 år)", "new (under 5 years)");
        put(words, CareerStage.EXPERIENCED, "kokenut", "erfaren", "experienced", "mid career");
        put(words, CareerStage.SENIOR, "seniori", "yli 55", "yli 55 v", "senior", "över 55", "over 55", "55+",
                "konkari", "konkari (yli 55 v)", "senior (över 55 år)", "senior (over 55)");
        return words;
    }

    private static <E> void put(Map<String, E> words, E value, String... spellings) {
        for (var spelling : spellings) {
            words.put(fold(spelling), value);
        }
    }
}
