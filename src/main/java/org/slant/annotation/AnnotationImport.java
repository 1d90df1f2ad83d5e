package org.slant.annotation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.corpus.importing.ImportLimits;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.NotUtf8Exception;
import org.slant.platform.StrictUtf8;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaService;
import org.slant.team.Accounts;
import org.slant.team.CurrentUser;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.slant.team.ProjectRole;
import org.slant.team.User;
import org.slant.team.UserRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports Slant's own jsonl export back, documents with every annotator's work (docs/import.md#annotated-jsonl):
 * all or nothing. Every line is read and checked against the project's schema, the texts and the accounts first;
 * if anything is wrong nothing is stored and every problem is named with its file, line and field. Annotators are
 * matched to accounts by username; each span and answer is recorded in the history as "imported from &lt;file&gt;".
 */
@Service
@Transactional
public class AnnotationImport {

    static final List<String> FIELDS = List.of("id", "text", "title", "outlet", "story", "url", "published",
            "externalId", "meta", "annotations", "gold");
    private static final List<String> WORK_FIELDS = List.of("annotator", "status", "spans", "answers");
    private static final List<String> SPAN_FIELDS = List.of("id", "layer", "label", "start", "end", "text",
            "attributes");
    private static final List<String> ANSWER_FIELDS = List.of("id", "layer", "label", "attributes");
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final int MAX_PROBLEMS = 200;

    private final CorpusService corpus;
    private final SchemaService schema;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final UserRepository users;
    private final Accounts accounts;
    private final Memberships memberships;
    private final AssignmentRepository assignments;
    private final AnnotationHistory history;
    private final ImportLimits limits;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ObjectReader reader;
    private final jakarta.persistence.EntityManager entityManager;

    AnnotationImport(CorpusService corpus, SchemaService schema, ProjectAccess access, CurrentUser currentUser,
            UserRepository users, Accounts accounts, Memberships memberships, AssignmentRepository assignments,
            AnnotationHistory history, ImportLimits limits, JdbcTemplate jdbc, JsonMapper json,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.corpus = corpus;
        this.schema = schema;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.accounts = accounts;
        this.memberships = memberships;
        this.assignments = assignments;
        this.history = history;
        this.limits = limits;
        this.jdbc = jdbc;
        this.json = json;
        this.reader = json.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * What an import stored.
     *
     * @param documents documents created
     * @param existingDocuments documents the project already had (the same text), which received the work instead
     * @param spans spans stored
     * @param answers answers stored
     * @param annotators annotators whose work was stored
     * @param accountsCreated usernames of the inactive accounts created for them
     */
    public record Result(int documents, int existingDocuments, int spans, int answers, int annotators,
            List<String> accountsCreated) {
    }

    /**
     * Reads, checks and stores one jsonl file. Managers of the project and system admins only.
     *
     * @param createAnnotators whether usernames without an account get one (inactive, without password)
     * @throws InvalidInputException listing every problem; nothing has been stored then
     */
    public Result importJsonl(UUID projectId, String file, long size, InputStream in, boolean createAnnotators) {
        access.requireManager(projectId);
        corpus.projectToChange(projectId);
        if (size > limits.maxUpload().toBytes()) {
            throw InvalidInputException.of("upload", uploadLimit());
        }
        Read read = new Read(file, schema.layers(projectId));
        readLines(file, in, read);
        if (read.problems.isEmpty() && read.lines.isEmpty()) {
            read.problem(file, "holds no documents");
        }
        // annotators: by username, as the export writes them with usernames=true
        Map<String, UUID> annotatorIds = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : read.annotators) {
            Optional<User> user = users.findByUsername(name);
            if (user.isPresent()) {
                annotatorIds.put(name, user.get().getId());
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty() && !createAnnotators) {
            read.problem("annotations", "no account has the username " + String.join(", ", unknown.stream()
                    .map(name -> "'" + name + "'").toList()) + " (an export names annotators by pseudonym unless "
                    + "it was made with usernames=true); create these accounts, or import with "
                    + "createAnnotators=true to create them inactive and without password");
        }
        // documents the project has already receive the work; the annotator must have none on them yet
        Map<String, UUID> existing = existingDocuments(projectId, read.lines);
        for (Line line : read.lines) {
            UUID documentId = existing.get(line.sha256);
            if (documentId == null) {
                continue;
            }
            for (Work work : line.work) {
                UUID annotator = annotatorIds.get(work.annotator);
                if (annotator != null && hasWork(documentId, annotator)) {
                    read.problem(line.where + ", field 'annotations[" + work.index + "]'", "'" + work.annotator
                            + "' already has work on the project's document with this text; Slant does not "
                            + "merge work into what is there");
                }
            }
        }
        if (!read.problems.isEmpty()) {
            List<Problem> problems = read.problems;
            if (!read.missing.isEmpty()) {
                problems = new ArrayList<>(problems);
                problems.addFirst(new Problem("schema", "the project lacks " + String.join(", ", read.missing)
                        + "; add them to its schema, then import again"));
            }
            throw InvalidInputException.listing("Nothing was imported", problems);
        }
        return store(projectId, file, read, annotatorIds, unknown);
    }

    private Result store(UUID projectId, String file, Read read, Map<String, UUID> annotatorIds,
            List<String> unknown) {
        List<String> created = new ArrayList<>();
        accounts.createInactive(unknown).forEach(account -> {
            annotatorIds.put(account.username(), account.id());
            created.add(account.username());
        });
        Set<UUID> members = new java.util.HashSet<>(
                memberships.members(projectId).stream().map(Member::userId).toList());
        for (Map.Entry<String, UUID> annotator : annotatorIds.entrySet()) {
            if (!members.contains(annotator.getValue())) {
                memberships.add(projectId, annotator.getKey(), ProjectRole.ANNOTATOR);
            }
        }
        Map<String, UUID> existing = existingDocuments(projectId, read.lines);
        List<NewDocument> incoming = read.lines.stream().map(line -> line.document).toList();
        List<Document> stored = corpus.addNewDocuments(projectId, incoming);
        // the documents are written before the work that refers to them
        entityManager.flush();
        Map<String, UUID> ids = new HashMap<>(existing);
        stored.forEach(document -> ids.put(document.getTextSha256(), document.getId()));
        int existingCount = read.lines.size() - stored.size();
        UUID actor = currentUser.id().orElseThrow();
        String reason = "imported from " + file;
        int spans = 0;
        int answers = 0;
        Set<String> working = new LinkedHashSet<>();
        for (Line line : read.lines) {
            UUID documentId = ids.get(line.sha256);
            for (Work work : line.work) {
                UUID annotator = annotatorIds.get(work.annotator);
                working.add(work.annotator);
                for (SpanRow span : work.spans) {
                    UUID id = UUID.randomUUID();
                    jdbc.update("insert into span_annotation (id, document_id, annotator_id, layer_id, label_id, "
                            + "start_offset, end_offset, attributes) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)", id,
                            documentId, annotator, span.layer, span.label, span.start, span.end,
                            json.writeValueAsString(span.attributes));
                    history.createdBecause(AnnotationTable.SPANS, id, actor, reason);
                    spans++;
                }
                for (AnswerRow answer : work.answers) {
                    UUID id = UUID.randomUUID();
                    jdbc.update("insert into document_answer (id, document_id, annotator_id, layer_id, label_id, "
                            + "attributes) values (?, ?, ?, ?, ?, ?::jsonb)", id, documentId, annotator,
                            answer.layer, answer.label, json.writeValueAsString(answer.attributes));
                    history.createdBecause(AnnotationTable.ANSWERS, id, actor, reason);
                    answers++;
                }
                if (work.status != null) {
                    assignments.insertIfMissing(UUID.randomUUID(), projectId, documentId, annotator);
                    Assignment assignment = assignments.findByDocumentIdAndAnnotatorId(documentId, annotator)
                            .orElseThrow();
                    switch (work.status) {
                        case ASSIGNED -> {
                        }
                        case IN_PROGRESS -> assignment.start();
                        case DONE -> assignment.finish();
                        case SKIPPED -> assignment.skip();
                    }
                    assignments.saveAndFlush(assignment);
                }
            }
        }
        return new Result(stored.size(), existingCount, spans, answers, working.size(), created);
    }

    private Map<String, UUID> existingDocuments(UUID projectId, List<Line> lines) {
        Map<String, UUID> found = new HashMap<>();
        for (Line line : lines) {
            jdbc.queryForList("select id from document where project_id = ? and text_sha256 = ?", UUID.class,
                    projectId, line.sha256).stream().findFirst().ifPresent(id -> found.put(line.sha256, id));
        }
        return found;
    }

    private boolean hasWork(UUID documentId, UUID annotator) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from span_annotation where "
                + "document_id = ? and annotator_id = ?) or exists (select 1 from document_answer where "
                + "document_id = ? and annotator_id = ?)", Boolean.class, documentId, annotator, documentId,
                annotator)) || assignments.findByDocumentIdAndAnnotatorId(documentId, annotator).isPresent();
    }

    private void readLines(String file, InputStream in, Read read) {
        long budget = limits.maxUpload().toBytes();
        BufferedReader lines = new BufferedReader(StrictUtf8.reader(in), 1 << 16);
        long number = 0;
        long chars = 0;
        Map<String, Long> seen = new HashMap<>();
        try {
            for (String line; (line = lines.readLine()) != null && read.problems.size() < MAX_PROBLEMS; ) {
                number++;
                // chars, not bytes: a bound that is never below the bytes read
                chars += line.length() + 1;
                if (chars > budget) {
                    read.problem("upload", uploadLimit());
                    return;
                }
                if (!line.isBlank()) {
                    Line read1 = readLine(file + ", line " + number, line, read);
                    if (read1 != null) {
                        Long earlier = seen.putIfAbsent(read1.sha256, number);
                        if (earlier != null) {
                            read.problem(read1.where + ", field 'text'", "the same text as line " + earlier
                                    + "; each document once");
                        } else {
                            read.lines.add(read1);
                        }
                    }
                }
            }
        } catch (NotUtf8Exception e) {
            read.problem(file, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private String uploadLimit() {
        return "larger than the upload limit of " + ImportLimits.describe(limits.maxUpload());
    }

    private Line readLine(String where, String text, Read read) {
        JsonNode object;
        try {
            object = reader.readTree(text);
        } catch (JacksonException e) {
            read.problem(where, "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (object == null || !object.isObject()) {
            read.problem(where, "not a JSON object: each line is one document of a Slant jsonl export");
            return null;
        }
        int before = read.problems.size();
        Fields fields = new Fields(where, read);
        fields.known(object, FIELDS, "");
        String documentText = fields.string(object, "text", "text");
        if (documentText == null) {
            if (read.problems.size() == before) {
                read.problem(where + ", field 'text'", "is missing: every document needs its text");
            }
            return null;
        }
        if (documentText.isBlank()) {
            read.problem(where + ", field 'text'", "is empty or only white space");
            return null;
        }
        if (utf8Length(documentText) > limits.maxDocument().toBytes()) {
            read.problem(where + ", field 'text'", "larger than the document limit of "
                    + ImportLimits.describe(limits.maxDocument()));
            return null;
        }
        if (documentText.indexOf('\0') >= 0) {
            read.problem(where + ", field 'text'", "holds a NUL character (U+0000), which PostgreSQL cannot store");
            return null;
        }
        String title = fields.string(object, "title", "title");
        String outlet = fields.string(object, "outlet", "outlet");
        String story = fields.string(object, "story", "story");
        String url = fields.string(object, "url", "url");
        String published = fields.string(object, "published", "published");
        String externalId = object.has("externalId") && object.get("externalId").isIntegralNumber()
                ? object.get("externalId").asString() : fields.string(object, "externalId", "externalId");
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            try {
                date = LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                read.problem(where + ", field 'published'", "not an ISO date (YYYY-MM-DD): '" + published + "'");
            }
        }
        Map<String, Object> meta = Map.of();
        JsonNode metaNode = object.get("meta");
        if (metaNode != null && !metaNode.isNull()) {
            if (metaNode.isObject()) {
                meta = reader.forType(OBJECT).readValue(metaNode);
            } else {
                read.problem(where + ", field 'meta'", "must be an object");
            }
        }
        CodePointText codePoints = new CodePointText(documentText);
        List<Work> work = new ArrayList<>();
        JsonNode annotations = object.get("annotations");
        if (annotations != null && !annotations.isNull()) {
            if (!annotations.isArray()) {
                read.problem(where + ", field 'annotations'", "must be an array");
            } else {
                Set<String> annotators = new java.util.HashSet<>();
                int index = 0;
                for (JsonNode entry : annotations) {
                    Work one = work(fields, "annotations[" + index + "]", index, entry, codePoints, read);
                    if (one != null) {
                        if (!annotators.add(one.annotator)) {
                            read.problem(where + ", field 'annotations[" + index + "].annotator'", "'"
                                    + one.annotator + "' appears twice on this document");
                        }
                        work.add(one);
                    }
                    index++;
                }
            }
        }
        if (read.problems.size() > before) {
            return null;
        }
        String shownTitle = title == null || title.isBlank() ? DocumentText.titleFrom(documentText) : title.strip();
        NewDocument document = new NewDocument(shownTitle, documentText, blankToNull(outlet), blankToNull(story),
                blankToNull(url), date, blankToNull(externalId), meta);
        work.forEach(one -> read.annotators.add(one.annotator));
        return new Line(where, DocumentText.sha256(documentText), document, work);
    }

    private Work work(Fields fields, String path, int index, JsonNode entry, CodePointText text, Read read) {
        if (!entry.isObject()) {
            read.problem(fields.where + ", field '" + path + "'", "must be an object");
            return null;
        }
        int before = read.problems.size();
        fields.known(entry, WORK_FIELDS, path + ".");
        String annotator = fields.string(entry, "annotator", path + ".annotator");
        if (annotator == null || annotator.isBlank()) {
            if (read.problems.size() == before) {
                read.problem(fields.where + ", field '" + path + ".annotator'", "is missing");
            }
            return null;
        }
        if (annotator.equals("majority") || annotator.equals("gold")) {
            read.problem(fields.where + ", field '" + path + ".annotator'", "'" + annotator + "' is not an "
                    + "annotator's work: import an export of the annotators' own labels (source=annotators)");
            return null;
        }
        String statusText = fields.string(entry, "status", path + ".status");
        AssignmentStatus status = null;
        if (statusText != null) {
            try {
                status = AssignmentStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                read.problem(fields.where + ", field '" + path + ".status'", "'" + statusText + "' is not a status: "
                        + "ASSIGNED, IN_PROGRESS, DONE or SKIPPED");
            }
        }
        List<SpanRow> spans = new ArrayList<>();
        int i = 0;
        for (JsonNode span : fields.array(entry, "spans", path + ".spans")) {
            SpanRow row = span(fields, path + ".spans[" + i + "]", span, text, read);
            if (row != null) {
                spans.add(row);
            }
            i++;
        }
        // the overlap rule of each layer, between this annotator's spans
        for (int a = 0; a < spans.size(); a++) {
            SpanRow one = spans.get(a);
            if (one.layerSchema.overlapAllowed()) {
                continue;
            }
            for (int b = 0; b < a; b++) {
                SpanRow other = spans.get(b);
                if (other.layer.equals(one.layer) && other.start < one.end && one.start < other.end) {
                    read.problem(fields.where + ", field '" + one.path + ".start'", "overlaps " + other.path + " ("
                            + other.start + ".." + other.end + "), and layer '" + one.layerSchema.name()
                            + "' does not allow overlapping spans");
                    break;
                }
            }
        }
        List<AnswerRow> answers = new ArrayList<>();
        Set<UUID> answered = new java.util.HashSet<>();
        i = 0;
        for (JsonNode answer : fields.array(entry, "answers", path + ".answers")) {
            AnswerRow row = answer(fields, path + ".answers[" + i + "]", answer, read);
            if (row != null) {
                if (!answered.add(row.label)) {
                    read.problem(fields.where + ", field '" + path + ".answers[" + i + "].label'",
                            "the same answer twice");
                }
                answers.add(row);
            }
            i++;
        }
        return read.problems.size() > before ? null : new Work(index, annotator.strip(), status, spans, answers);
    }

    private SpanRow span(Fields fields, String path, JsonNode span, CodePointText text, Read read) {
        if (!span.isObject()) {
            read.problem(fields.where + ", field '" + path + "'", "must be an object");
            return null;
        }
        int before = read.problems.size();
        fields.known(span, SPAN_FIELDS, path + ".");
        Optional<LayerSchema> layer = read.layer(fields, span, path, LayerKind.SPAN);
        Optional<LabelSchema> label = layer.flatMap(found -> read.label(fields, found, span, path));
        Integer start = fields.integer(span, "start", path + ".start");
        Integer end = fields.integer(span, "end", path + ".end");
        String claimed = fields.string(span, "text", path + ".text");
        if (start != null && end != null) {
            if (start < 0 || end > text.length() || start >= end) {
                read.problem(fields.where + ", field '" + path + (start < 0 || start >= end ? ".start'" : ".end'"),
                        start + ".." + end + " is not a span of the text, which is " + text.length()
                                + " code points long (0 <= start < end <= length)");
            } else if (claimed != null && !claimed.equals(text.slice(start, end))) {
                read.problem(fields.where + ", field '" + path + ".text'", "'" + claimed + "' is not the text at "
                        + start + ".." + end + ", which is '" + text.slice(start, end) + "'");
            }
        }
        Map<String, Object> attributes = label.isPresent()
                ? read.attributes(fields, layer.get(), label.get(), span, path) : Map.of();
        if (read.problems.size() > before || layer.isEmpty() || label.isEmpty() || start == null || end == null) {
            return null;
        }
        return new SpanRow(path, layer.get().id(), layer.get(), label.get().id(), start, end, attributes);
    }

    private AnswerRow answer(Fields fields, String path, JsonNode answer, Read read) {
        if (!answer.isObject()) {
            read.problem(fields.where + ", field '" + path + "'", "must be an object");
            return null;
        }
        int before = read.problems.size();
        fields.known(answer, ANSWER_FIELDS, path + ".");
        Optional<LayerSchema> layer = read.layer(fields, answer, path, LayerKind.DOCUMENT);
        Optional<LabelSchema> label = layer.flatMap(found -> read.label(fields, found, answer, path));
        Map<String, Object> attributes = label.isPresent()
                ? read.attributes(fields, layer.get(), label.get(), answer, path) : Map.of();
        if (read.problems.size() > before || layer.isEmpty() || label.isEmpty()) {
            return null;
        }
        return new AnswerRow(layer.get().id(), label.get().id(), attributes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static long utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private record Line(String where, String sha256, NewDocument document, List<Work> work) {
    }

    private record Work(int index, String annotator, AssignmentStatus status, List<SpanRow> spans,
            List<AnswerRow> answers) {
    }

    private record SpanRow(String path, UUID layer, LayerSchema layerSchema, UUID label, int start, int end,
            Map<String, Object> attributes) {
    }

    private record AnswerRow(UUID layer, UUID label, Map<String, Object> attributes) {
    }

    /** One line's fields, read with every wrong one reported by its path. */
    private final class Fields {
        final String where;
        final Read read;

        Fields(String where, Read read) {
            this.where = where;
            this.read = read;
        }

        void known(JsonNode object, List<String> names, String prefix) {
            for (String name : object.propertyNames()) {
                if (!names.contains(name)) {
                    read.problem(where + ", field '" + prefix + name + "'", "unknown field; the known fields are "
                            + String.join(", ", names));
                }
            }
        }

        String string(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                read.problem(where + ", field '" + path + "'", "must be a string");
                return null;
            }
            return value.stringValue();
        }

        Integer integer(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                read.problem(where + ", field '" + path + "'", "is missing");
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                read.problem(where + ", field '" + path + "'", "must be a whole number of code points");
                return null;
            }
            return value.intValue();
        }

        List<JsonNode> array(JsonNode object, String name, String path) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                read.problem(where + ", field '" + path + "'", "must be an array");
                return List.of();
            }
            List<JsonNode> values = new ArrayList<>();
            value.forEach(values::add);
            return values;
        }
    }

    /** What has been read so far: the lines, the annotators named, the problems and what the schema lacks. */
    private final class Read {
        final String file;
        final List<LayerSchema> layers;
        final List<Line> lines = new ArrayList<>();
        final Set<String> annotators = new LinkedHashSet<>();
        final List<Problem> problems = new ArrayList<>();
        final Set<String> missing = new LinkedHashSet<>();

        Read(String file, List<LayerSchema> layers) {
            this.file = file;
            this.layers = layers;
        }

        void problem(String where, String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new Problem(where, message));
            }
        }

        Optional<LayerSchema> layer(Fields fields, JsonNode object, String path, LayerKind kind) {
            String name = fields.string(object, "layer", path + ".layer");
            if (name == null) {
                if (object.get("layer") == null || object.get("layer").isNull()) {
                    problem(fields.where + ", field '" + path + ".layer'", "is missing");
                }
                return Optional.empty();
            }
            Optional<LayerSchema> layer = layers.stream().filter(found -> found.name().equals(name)).findFirst();
            if (layer.isEmpty()) {
                missing.add("layer '" + name + "'");
                problem(fields.where + ", field '" + path + ".layer'", "the project has no layer '" + name + "'");
            } else if (layer.get().kind() != kind) {
                problem(fields.where + ", field '" + path + ".layer'", "layer '" + name + "' is "
                        + (kind == LayerKind.SPAN ? "a document layer: its labels are answers, not spans"
                                : "a span layer: its labels are spans, not answers"));
                return Optional.empty();
            }
            return layer;
        }

        Optional<LabelSchema> label(Fields fields, LayerSchema layer, JsonNode object, String path) {
            String name = fields.string(object, "label", path + ".label");
            if (name == null) {
                if (object.get("label") == null || object.get("label").isNull()) {
                    problem(fields.where + ", field '" + path + ".label'", "is missing");
                }
                return Optional.empty();
            }
            Optional<LabelSchema> label = layer.labels().stream().filter(found -> found.name().equals(name))
                    .findFirst();
            if (label.isEmpty()) {
                missing.add("label '" + name + "' of layer '" + layer.name() + "'");
                problem(fields.where + ", field '" + path + ".label'", "layer '" + layer.name()
                        + "' has no label '" + name + "'");
            }
            return label;
        }

        /** Values by attribute name turned into values by attribute id, and checked as an annotator's are. */
        Map<String, Object> attributes(Fields fields, LayerSchema layer, LabelSchema label, JsonNode object,
                String path) {
            JsonNode value = object.get("attributes");
            if (value == null || value.isNull()) {
                return Map.of();
            }
            if (!value.isObject()) {
                problem(fields.where + ", field '" + path + ".attributes'", "must be an object");
                return Map.of();
            }
            Map<String, Object> byName = reader.forType(OBJECT).readValue(value);
            Map<String, Object> byId = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            byName.forEach((name, given) -> {
                Optional<AttributeSchema> attribute = layer.attributes().stream()
                        .filter(found -> found.name().equals(name))
                        .min((a, b) -> Boolean.compare(!label.id().equals(a.labelId()),
                                !label.id().equals(b.labelId())));
                if (attribute.isEmpty()) {
                    missing.add("attribute '" + name + "' of layer '" + layer.name() + "'");
                    problem(fields.where + ", field '" + path + ".attributes." + name + "'", "layer '"
                            + layer.name() + "' has no attribute '" + name + "'");
                } else {
                    byId.put(attribute.get().id().toString(), given);
                    names.put(attribute.get().id().toString(), name);
                }
            });
            AnnotationChecks checks = new AnnotationChecks();
            Map<String, Object> checked = checks.attributes(layer, label.id(), byId);
            for (Problem problem : checks.problems()) {
                String key = problem.where().startsWith("attributes.")
                        ? problem.where().substring("attributes.".length()) : problem.where();
                problem(fields.where + ", field '" + path + ".attributes." + names.getOrDefault(key, key) + "'",
                        problem.message());
            }
            return checked;
        }
    }
}
