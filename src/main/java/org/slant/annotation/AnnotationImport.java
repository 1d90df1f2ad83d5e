package org.slant.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.slant.annotation.importing.AnnotatedDocument;
import org.slant.annotation.importing.AnnotatedFormat;
import org.slant.annotation.importing.AnnotatorWork;
import org.slant.annotation.importing.ImportOptions;
import org.slant.annotation.importing.ImportProblems;
import org.slant.annotation.importing.ImportedAnswer;
import org.slant.annotation.importing.ImportedSpan;
import org.slant.annotation.importing.Place;
import org.slant.annotation.importing.UploadedFile;
import org.slant.annotation.importing.UploadedFiles;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.corpus.importing.ImportLimits;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaEditor;
import org.slant.schema.SchemaPresets;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports annotated data, documents with the work on them, from any format Slant reads (docs/import.md#annotated-
 * data), all or nothing. A format's reader turns the files into documents with spans and answers by layer and label
 * names; everything is then checked here, the same for every format, against the project's schema (after the
 * mapping's renames), the texts and the accounts; if anything is wrong nothing is stored and every problem is named
 * with its place. The work becomes the annotators' own (matched by username), or, with a source, suggestions of that
 * source (pre-annotations). Each stored span and answer is recorded in the history as "imported from &lt;file&gt;".
 */
@Service
@Transactional
public class AnnotationImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnnotationImport.class);

    /** Names Slant's own suggestion rules use: a source of imported suggestions may not take one. */
    private static final Set<String> RULE_SOURCES = Set.of("quotes", "non-editorial", "shared-passage");

    private final CorpusService corpus;
    private final SchemaService schema;
    private final SchemaEditor schemaEditor;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final UserRepository users;
    private final Accounts accounts;
    private final Memberships memberships;
    private final AnnotationHistory history;
    private final PreAnnotations preAnnotations;
    private final ImportLimits limits;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final jakarta.persistence.EntityManager entityManager;
    private final List<AnnotatedFormat> formats;

    AnnotationImport(CorpusService corpus, SchemaService schema, SchemaEditor schemaEditor, ProjectAccess access,
            CurrentUser currentUser, UserRepository users, Accounts accounts, Memberships memberships,
            AnnotationHistory history, PreAnnotations preAnnotations, ImportLimits limits, JdbcTemplate jdbc,
            JsonMapper json, jakarta.persistence.EntityManager entityManager, List<AnnotatedFormat> formats) {
        this.corpus = corpus;
        this.schema = schema;
        this.schemaEditor = schemaEditor;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.accounts = accounts;
        this.memberships = memberships;
        this.history = history;
        this.preAnnotations = preAnnotations;
        this.limits = limits;
        this.jdbc = jdbc;
        this.json = json;
        this.entityManager = entityManager;
        this.formats = List.copyOf(formats);
    }

    public ImportLimits limits() {
        return limits;
    }

    /** The formats Slant reads, Slant's own first. */
    public List<AnnotatedFormat> formats() {
        return formats;
    }

    /** A reader of uploaded files and archives that keeps to the upload limit. */
    public UploadedFiles uploadedFiles() {
        return new UploadedFiles(limits.maxUpload().toBytes(), ImportLimits.describe(limits.maxUpload())
                + " (slant.import.max-upload)");
    }

    /**
     * What an import stored.
     *
     * @param documents documents created
     * @param existingDocuments documents the project already had (the same text), which received the work instead
     * @param spans spans stored as annotators' work
     * @param answers answers stored
     * @param annotators annotators whose work was stored
     * @param accountsCreated usernames of the inactive accounts created for them
     * @param suggestions spans stored as suggestions of the import's source (those it already had are not counted)
     * @param schemaCreated the layers, labels and attributes created for the import, e.g. "label 'Doubt' of layer 'X'"
     * @param leftOut what the import did not take, and why (e.g. answers when importing suggestions)
     */
    public record Result(int documents, int existingDocuments, int spans, int answers, int annotators,
            List<String> accountsCreated, int suggestions, List<String> schemaCreated, List<String> leftOut) {
    }

    /** Managers of the project and system admins only; the project must not be archived. */
    public void requireMayImport(UUID projectId) {
        access.requireManager(projectId);
        corpus.projectToChange(projectId);
    }

    /**
     * Reads the files in the options' format, checks everything and stores it, or nothing.
     *
     * @throws InvalidInputException listing every problem; nothing has been stored then
     */
    public Result importAnnotated(UUID projectId, List<UploadedFile> files, ImportOptions options) {
        requireMayImport(projectId);
        AnnotatedFormat format = format(options.format());
        List<Problem> refused = checkOptions(options);
        if (files.isEmpty()) {
            refused.add(Problem.of("upload", Message.of("annotation.refusal.no-files")));
        }
        if (!refused.isEmpty()) {
            throw InvalidInputException.listing(Message.of("annotation.refusal.nothing-imported"), refused);
        }
        long total = files.stream().mapToLong(file -> file.bytes().length).sum();
        if (total > limits.maxUpload().toBytes()) {
            throw InvalidInputException.of("upload", uploadLimit());
        }
        ImportProblems problems = new ImportProblems();
        long started = System.nanoTime();
        List<AnnotatedDocument> documents = format.read(files, problems);
        long read = System.nanoTime();
        if (problems.isEmpty() && documents.isEmpty()) {
            String where = files.size() == 1 ? files.getFirst().where() : "upload";
            throw InvalidInputException.listing(Message.of("annotation.refusal.nothing-imported"),
                    List.of(Problem.of(where, Message.of("annotation.refusal.no-documents"))));
        }
        if (documents.isEmpty()) {
            throw InvalidInputException.listing(Message.of("annotation.refusal.nothing-imported"), problems.list());
        }
        // what was read is checked even when reading found problems, so that every problem is named at once
        Plan plan = new Plan(projectId, options, reason(files), problems);
        plan.checkDocuments(documents);
        plan.resolveSchema(documents);
        plan.checkWork(documents);
        if (options.source() == null) {
            plan.checkAnnotators(documents);
        }
        if (!problems.isEmpty()) {
            List<Problem> listed = new ArrayList<>(problems.list());
            if (!plan.missing.isEmpty() && !options.createMissing()) {
                listed.addFirst(Problem.of("schema", Message.of("annotation.refusal.project-lacks",
                        listed(List.copyOf(plan.missing.values())))));
            }
            // a layer or label created for the import goes with the rest (the transaction is rolled back)
            throw InvalidInputException.listing(Message.of("annotation.refusal.nothing-imported"), listed);
        }
        long checked = System.nanoTime();
        Result result = plan.store(documents);
        long stored = System.nanoTime();
        log.info("Imported {} documents ({} already there), {} spans, {} answers, {} suggestions into project {} "
                + "as {} in {} ms ({} ms reading, {} ms checking, {} ms storing)", result.documents(),
                result.existingDocuments(), result.spans(), result.answers(), result.suggestions(), projectId,
                options.format(), (stored - started) / 1_000_000, (read - started) / 1_000_000,
                (checked - read) / 1_000_000, (stored - checked) / 1_000_000);
        return result;
    }

    /**
     * Slant's own jsonl as one file, with an inactive account without password made for each annotator it names who
     * has none: how the demo project's fictional annotators' work comes in, through the same checks as any upload.
     */
    public Result importOwnJsonl(UUID projectId, String fileName, byte[] jsonl) {
        return importAnnotated(projectId, List.of(new UploadedFile(fileName, fileName, jsonl)),
                new ImportOptions("slant", true, null, null, null, false, null));
    }

    private AnnotatedFormat format(String name) {
        return formats.stream().filter(format -> format.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("format", Message.of("annotation.refusal.no-format",
                        String.valueOf(name), String.join(", ", formats.stream().map(AnnotatedFormat::name)
                                .toList()))));
    }

    /** Things named one after another, comma-separated, each in the reader's words. */
    private static Message listed(List<Message> things) {
        Message listed = things.getLast();
        for (int i = things.size() - 2; i >= 0; i--) {
            listed = Message.of("annotation.problem.list", things.get(i), listed);
        }
        return listed;
    }

    /** The options' problems, before any file is read. */
    private static List<Problem> checkOptions(ImportOptions options) {
        List<Problem> problems = new ArrayList<>();
        if (options.source() != null && options.annotator() != null) {
            problems.add(Problem.of("annotator", Message.of("annotation.refusal.annotator-or-source")));
        }
        if (options.source() != null) {
            if (options.source().length() > 100) {
                problems.add(Problem.of("source", Message.of("annotation.refusal.source-too-long", "100")));
            } else if (RULE_SOURCES.contains(options.source())) {
                problems.add(Problem.of("source", Message.of("annotation.refusal.source-is-a-rule", options.source())));
            }
        }
        return problems;
    }

    private Message uploadLimit() {
        return Message.of("annotation.refusal.upload-limit", ImportLimits.describe(limits.maxUpload()));
    }

    /** The history's reason: the names of the files uploaded (an archive's, not its entries'). */
    private static String reason(List<UploadedFile> files) {
        Set<String> names = new LinkedHashSet<>();
        for (UploadedFile file : files) {
            int entry = file.where().indexOf(", entry '");
            names.add(entry < 0 ? file.where() : file.where().substring(0, entry));
        }
        String joined = String.join(", ", names);
        return "imported from " + (joined.length() > 200 ? joined.substring(0, 199) + "…" : joined);
    }

    /** A layer, label or attribute the project lacks: its first place, and how many places name it. */
    private record Lacking(Message where, Message message, int count) {
    }

    /** A span or answer checked against the schema: the ids it is stored with. */
    private record Resolved(UUID layer, UUID label, int start, int end, Map<String, Object> attributes) {
    }

    /** The import of one upload: what it will store, found while checking. */
    private final class Plan {
        final UUID projectId;
        final ImportOptions options;
        final String reason;
        final ImportProblems problems;
        final Map<String, LayerSchema> layers = new LinkedHashMap<>();
        /** What the project lacks, in English (each once) and by key. */
        final Map<String, Message> missing = new LinkedHashMap<>();
        final List<String> created = new ArrayList<>();
        final List<String> leftOut = new ArrayList<>();
        /** Resolved spans and answers, by the imported ones' identity. */
        final Map<ImportedSpan, Resolved> spans = new IdentityHashMap<>();
        final Map<ImportedAnswer, Resolved> answers = new IdentityHashMap<>();
        final Map<String, UUID> annotatorIds = new LinkedHashMap<>();
        final List<String> unknownAnnotators = new ArrayList<>();
        final Map<String, UUID> existing = new HashMap<>();
        final Map<AnnotatedDocument, String> sha256s = new IdentityHashMap<>();
        Place firstWithoutLayer;
        int withoutLayer;
        /** What the project lacks, or has of the wrong kind: where it is first named, and how often. */
        final Map<String, Lacking> lacking = new LinkedHashMap<>();

        Plan(UUID projectId, ImportOptions options, String reason, ImportProblems problems) {
            this.projectId = projectId;
            this.options = options;
            this.reason = reason;
            this.problems = problems;
            schema.layers(projectId).forEach(layer -> layers.put(layer.name(), layer));
        }

        /** A document's text's SHA-256, computed once: the checks and the store all look documents up by it. */
        String sha(AnnotatedDocument document) {
            return sha256s.computeIfAbsent(document, found -> DocumentText.sha256(found.document().text()));
        }

        /** The texts: not blank, within the limit, storable, each once. */
        void checkDocuments(List<AnnotatedDocument> documents) {
            Map<String, Message> seen = new HashMap<>();
            for (AnnotatedDocument document : documents) {
                String text = document.document().text();
                Message where = document.place();
                if (text.isBlank()) {
                    problems.add(where, Message.of("annotation.problem.text-blank"));
                } else if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        > limits.maxDocument().toBytes()) {
                    problems.add(where, Message.of("annotation.problem.text-too-large",
                            ImportLimits.describe(limits.maxDocument())));
                } else if (text.indexOf('\0') >= 0) {
                    problems.add(where, Message.of("annotation.problem.text-nul"));
                } else {
                    Message earlier = seen.putIfAbsent(sha(document), where);
                    if (earlier != null) {
                        problems.add(where, Message.of("annotation.problem.same-text", earlier));
                    }
                }
            }
        }

        /** Finds every layer, label and attribute named, after the mapping; creates those missing when asked. */
        void resolveSchema(List<AnnotatedDocument> documents) {
            names(documents);
            // each thing the project lacks once, at its first place: a corpus names a label thousands of times
            lacking.forEach((what, first) -> problems.add(first.where(), first.count() > 1
                    ? Message.of("annotation.problem.nor-at", first.message(), first.count() - 1,
                            String.valueOf(first.count() - 1))
                    : first.message()));
            if (firstWithoutLayer != null) {
                problems.add(firstWithoutLayer.at("layer"), withoutLayer > 1
                        ? Message.of("annotation.problem.no-layer.more", String.valueOf(withoutLayer - 1))
                        : Message.of("annotation.problem.no-layer"));
            }
        }

        private void names(List<AnnotatedDocument> documents) {
            for (AnnotatedDocument document : documents) {
                for (AnnotatorWork work : document.work()) {
                    for (ImportedSpan span : work.spans()) {
                        name(span.place(), span.layer(), span.label(), span.attributes(), LayerKind.SPAN);
                    }
                    if (options.source() == null) {
                        for (ImportedAnswer answer : work.answers()) {
                            name(answer.place(), answer.layer(), answer.label(), answer.attributes(),
                                    LayerKind.DOCUMENT);
                        }
                    }
                }
            }
        }

        private void name(Place place, String fileLayer, String fileLabel, Map<String, Object> attributes,
                LayerKind kind) {
            String layerName = options.mapping().layer(fileLayer != null ? fileLayer : options.layer());
            if (layerName == null) {
                firstWithoutLayer = firstWithoutLayer == null ? place : firstWithoutLayer;
                withoutLayer++;
                return;
            }
            if (fileLabel == null || fileLabel.isBlank()) {
                problems.add(place.at("label"), Message.of("annotation.problem.missing"));
                return;
            }
            String labelName = options.mapping().label(fileLayer, fileLabel.strip());
            LayerSchema layer = layers.get(layerName);
            if (layer == null) {
                if (!options.createMissing()) {
                    lacking(Message.of("annotation.problem.what.layer", layerName), place.at("layer"),
                            Message.of("annotation.problem.no-such-layer", layerName));
                    return;
                }
                layer = schemaEditor.addLayer(projectId, new LayerDraft(layerName, kind, true, false,
                        "Created by an import (" + reason + ")"));
                created.add("layer '" + layerName + "'");
                layers.put(layerName, layer);
            }
            if (layer.kind() != kind) {
                once("kind of " + layerName + " for " + kind, place.at("layer"), Message.of(kind == LayerKind.SPAN
                        ? "annotation.problem.document-layer" : "annotation.problem.span-layer", layerName));
                return;
            }
            LayerSchema within = layer;
            if (within.labels().stream().noneMatch(label -> label.name().equals(labelName))) {
                if (!options.createMissing()) {
                    lacking(Message.of("annotation.problem.what.label", labelName, layerName), place.at("label"),
                            Message.of("annotation.problem.no-such-label", layerName, labelName));
                    return;
                }
                layer = schemaEditor.addLabel(layer.id(), new LabelDraft(labelName,
                        SchemaPresets.paletteColour(layer.labels().size()), null, null));
                created.add("label '" + labelName + "' of layer '" + layerName + "'");
                layers.put(layerName, layer);
            }
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                LayerSchema current = layers.get(layerName);
                if (current.attributes().stream().noneMatch(found -> found.name().equals(attribute.getKey()))) {
                    if (!options.createMissing()) {
                        lacking(Message.of("annotation.problem.what.attribute", attribute.getKey(), layerName),
                                place.at("attributes." + attribute.getKey()),
                                Message.of("annotation.problem.no-such-attribute", layerName, attribute.getKey()));
                        continue;
                    }
                    AttributeType type = attribute.getValue() instanceof Boolean ? AttributeType.BOOLEAN
                            : AttributeType.TEXT;
                    layers.put(layerName, schemaEditor.addAttribute(current.id(), new AttributeDraft(null,
                            attribute.getKey(), type, List.of(), false, null, null, null)));
                    created.add("attribute '" + attribute.getKey() + "' of layer '" + layerName + "'");
                }
            }
        }

        private void lacking(Message what, Message where, Message message) {
            missing.putIfAbsent(what.english(), what);
            once(what.english(), where, message);
        }

        private void once(String what, Message where, Message message) {
            lacking.merge(what, new Lacking(where, message, 1), (first, again) -> new Lacking(first.where(),
                    first.message(), first.count() + 1));
        }

        private LayerSchema layerOf(String fileLayer) {
            return layers.get(options.mapping().layer(fileLayer != null ? fileLayer : options.layer()));
        }

        /** The label, or null when the layer or label is not there (a problem already says so). */
        private LabelSchema labelOf(LayerSchema layer, String fileLayer, String fileLabel) {
            if (layer == null || fileLabel == null || fileLabel.isBlank()) {
                return null;
            }
            String name = options.mapping().label(fileLayer, fileLabel.strip());
            return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElse(null);
        }

        /** Offsets, claimed texts, attributes and each layer's overlap rule, per owner of the work. */
        void checkWork(List<AnnotatedDocument> documents) {
            int answersLeftOut = 0;
            int twice = 0;
            for (AnnotatedDocument document : documents) {
                CodePointText text = new CodePointText(document.document().text());
                // spans by owner and layer, for the overlap rule: one owner's spans may not overlap where the layer
                // forbids it (suggestions of one source may: they are proposals, not anyone's work)
                Map<String, List<ImportedSpan>> byOwnerAndLayer = new HashMap<>();
                Set<String> given = new HashSet<>();
                for (AnnotatorWork work : document.work()) {
                    for (ImportedSpan span : work.spans()) {
                        LayerSchema layer = layerOf(span.layer());
                        LabelSchema label = labelOf(layer, span.layer(), span.label());
                        if (label == null || layer.kind() != LayerKind.SPAN) {
                            continue;
                        }
                        Resolved resolved = span(span, layer, label, text);
                        if (resolved != null && options.source() == null && !given.add(owner(work) + "|"
                                + resolved.label() + "|" + resolved.start() + "|" + resolved.end() + "|"
                                + resolved.attributes())) {
                            // a published corpus may list a span twice (PTC's training labels do): stored once
                            twice++;
                        } else if (resolved != null) {
                            spans.put(span, resolved);
                            if (!layer.overlapAllowed() && options.source() == null) {
                                byOwnerAndLayer.computeIfAbsent(owner(work) + "\n" + layer.id(),
                                        key -> new ArrayList<>()).add(span);
                            }
                        }
                    }
                    if (options.source() != null) {
                        answersLeftOut += work.answers().size();
                        continue;
                    }
                    Set<UUID> answered = new HashSet<>();
                    for (ImportedAnswer answer : work.answers()) {
                        LayerSchema layer = layerOf(answer.layer());
                        LabelSchema label = labelOf(layer, answer.layer(), answer.label());
                        if (label == null || layer.kind() != LayerKind.DOCUMENT) {
                            continue;
                        }
                        if (!answered.add(label.id())) {
                            problems.add(answer.place().at("label"), Message.of("annotation.problem.answer-twice"));
                            continue;
                        }
                        Map<String, Object> attributes = attributes(answer.place(), layer, label,
                                answer.attributes());
                        answers.put(answer, new Resolved(layer.id(), label.id(), 0, 0, attributes));
                    }
                }
                byOwnerAndLayer.values().forEach(this::checkOverlaps);
            }
            if (twice > 0) {
                leftOut.add(twice + (twice == 1 ? " span" : " spans") + " given again by the same annotator with the "
                        + "same label, offsets and attributes: stored once");
            }
            if (answersLeftOut > 0) {
                leftOut.add(answersLeftOut + " answers: suggestions are spans only");
            }
        }

        private Resolved span(ImportedSpan span, LayerSchema layer, LabelSchema label, CodePointText text) {
            int start = span.start();
            int end = span.end();
            boolean fits = true;
            if (start < 0 || start >= end) {
                problems.add(span.place().at("start"), Message.of("annotation.problem.not-a-span",
                        String.valueOf(start), String.valueOf(end), String.valueOf(text.length())));
                fits = false;
            } else if (end > text.length()) {
                problems.add(span.place().at("end"), Message.of("annotation.problem.not-a-span",
                        String.valueOf(start), String.valueOf(end), String.valueOf(text.length())));
                fits = false;
            } else if (span.text() != null && !span.text().equals(text.slice(start, end))) {
                problems.add(span.place().at("text"), Message.of("annotation.problem.not-the-text", span.text(),
                        String.valueOf(start), String.valueOf(end), text.slice(start, end)));
                fits = false;
            }
            Map<String, Object> attributes = attributes(span.place(), layer, label, span.attributes());
            return fits ? new Resolved(layer.id(), label.id(), start, end, attributes) : null;
        }

        private void checkOverlaps(List<ImportedSpan> spans) {
            List<ImportedSpan> ordered = new ArrayList<>(spans);
            ordered.sort(Comparator.comparingInt(ImportedSpan::start));
            int furthest = -1;
            ImportedSpan reaching = null;
            for (ImportedSpan span : ordered) {
                if (reaching != null && span.start() < furthest) {
                    problems.add(span.place().at("start"), Message.of("annotation.problem.overlaps",
                            String.valueOf(reaching.start()), String.valueOf(reaching.end()), reaching.place().at(""),
                            layerOf(span.layer()).name()));
                }
                if (span.end() > furthest) {
                    furthest = span.end();
                    reaching = span;
                }
            }
        }

        /** Values by attribute name turned into values by attribute id, and checked as an annotator's are. */
        private Map<String, Object> attributes(Place place, LayerSchema layer, LabelSchema label,
                Map<String, Object> byName) {
            if (byName.isEmpty()) {
                return Map.of();
            }
            Map<String, Object> byId = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            byName.forEach((name, given) -> {
                Optional<AttributeSchema> attribute = layer.attributes().stream()
                        .filter(found -> found.name().equals(name))
                        .filter(found -> found.labelId() == null || found.labelId().equals(label.id()))
                        .min(Comparator.comparing(found -> found.labelId() == null));
                if (attribute.isEmpty()) {
                    problems.add(place.at("attributes." + name), Message.of("annotation.problem.no-attribute-for-label",
                            layer.name(), name, label.name()));
                } else {
                    Object value = given;
                    // an attribute created as text for the import takes numbers and the like as their text
                    if (attribute.get().type() == AttributeType.TEXT && given != null && !(given instanceof String)) {
                        value = String.valueOf(given);
                    }
                    byId.put(attribute.get().id().toString(), value);
                    names.put(attribute.get().id().toString(), name);
                }
            });
            AnnotationChecks checks = new AnnotationChecks();
            Map<String, Object> checked = checks.attributes(layer, label.id(), byId);
            for (Problem problem : checks.problems()) {
                String key = problem.where().startsWith("attributes.")
                        ? problem.where().substring("attributes.".length()) : problem.where();
                Message where = place.at("attributes." + names.getOrDefault(key, key));
                problems.add(problem.said() != null ? Problem.at(where, problem.said())
                        : new Problem(where.english(), problem.message(), null, where));
            }
            return checked;
        }

        private String owner(AnnotatorWork work) {
            return work.annotator() != null ? work.annotator() : options.annotator();
        }

        /** Accounts by username, and that no one has work already on a document the project has. */
        void checkAnnotators(List<AnnotatedDocument> documents) {
            Map<String, Place> named = new LinkedHashMap<>();
            Place firstOwnerless = null;
            int ownerless = 0;
            for (AnnotatedDocument document : documents) {
                for (AnnotatorWork work : document.work()) {
                    if (owner(work) == null) {
                        // a format that names annotators may still leave some work unnamed (a bare XMI file,
                        // INCEpTION's curation)
                        firstOwnerless = firstOwnerless == null ? work.place() : firstOwnerless;
                        ownerless++;
                        continue;
                    }
                    named.putIfAbsent(owner(work), work.annotator() != null ? work.place() : Place.fixed("annotator"));
                }
            }
            if (firstOwnerless != null) {
                problems.add(firstOwnerless.at("annotator"), ownerless > 1
                        ? Message.of("annotation.problem.no-annotator.more", String.valueOf(ownerless - 1))
                        : Message.of("annotation.problem.no-annotator"));
            }
            if (options.annotator() != null) {
                named.putIfAbsent(options.annotator(), Place.fixed("annotator"));
            }
            for (String name : named.keySet()) {
                Optional<User> user = users.findByUsername(name);
                if (user.isPresent()) {
                    annotatorIds.put(name, user.get().getId());
                } else {
                    unknownAnnotators.add(name);
                }
            }
            if (!unknownAnnotators.isEmpty() && !options.createAnnotators()) {
                problems.add("annotations", Message.of("annotation.problem.no-accounts", String.join(", ",
                        unknownAnnotators.stream().map(name -> "'" + name + "'").toList())));
            }
            findExisting(documents);
            for (AnnotatedDocument document : documents) {
                UUID documentId = existing.get(sha(document));
                if (documentId == null) {
                    continue;
                }
                for (AnnotatorWork work : document.work()) {
                    UUID annotator = annotatorIds.get(owner(work));
                    if (annotator != null && hasWork(documentId, annotator)) {
                        problems.add(work.place().at(""), Message.of("annotation.problem.has-work", owner(work),
                                document.place()));
                    }
                }
            }
        }

        private void findExisting(List<AnnotatedDocument> documents) {
            List<String> hashes = documents.stream().map(this::sha).toList();
            for (int from = 0; from < hashes.size(); from += 1000) {
                List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + 1000));
                jdbc.query(connection -> {
                    var statement = connection.prepareStatement("select text_sha256, id from document where "
                            + "project_id = ? and text_sha256 = any(?)");
                    statement.setObject(1, projectId);
                    statement.setArray(2, connection.createArrayOf("text", chunk.toArray()));
                    return statement;
                }, row -> {
                    existing.put(row.getString(1), row.getObject(2, UUID.class));
                });
            }
        }

        private boolean hasWork(UUID documentId, UUID annotator) {
            return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from span_annotation where "
                    + "document_id = ? and annotator_id = ?) or exists (select 1 from document_answer where "
                    + "document_id = ? and annotator_id = ?) or exists (select 1 from assignment where "
                    + "document_id = ? and annotator_id = ?)", Boolean.class, documentId, annotator, documentId,
                    annotator, documentId, annotator));
        }

        Result store(List<AnnotatedDocument> documents) {
            List<String> accountsCreated = new ArrayList<>();
            if (options.source() == null) {
                accounts.createInactive(unknownAnnotators).forEach(account -> {
                    annotatorIds.put(account.username(), account.id());
                    accountsCreated.add(account.username());
                });
                Set<UUID> members = new HashSet<>(memberships.members(projectId).stream().map(Member::userId)
                        .toList());
                annotatorIds.forEach((name, id) -> {
                    if (!members.contains(id)) {
                        memberships.add(projectId, name, ProjectRole.ANNOTATOR);
                    }
                });
            } else {
                findExisting(documents);
            }
            List<NewDocument> incoming = documents.stream().map(AnnotatedDocument::document).toList();
            List<Document> stored = corpus.addNewDocuments(projectId, incoming);
            // the documents are written before the work that refers to them
            entityManager.flush();
            Map<String, UUID> ids = new HashMap<>(existing);
            stored.forEach(document -> ids.put(document.getTextSha256(), document.getId()));
            // no one when Slant imports by itself (the demo project's work at first start)
            UUID actor = currentUser.id().orElse(null);
            if (options.source() != null) {
                List<PreAnnotation> rows = new ArrayList<>();
                for (AnnotatedDocument document : documents) {
                    UUID documentId = ids.get(sha(document));
                    for (AnnotatorWork work : document.work()) {
                        for (ImportedSpan span : work.spans()) {
                            Resolved resolved = spans.get(span);
                            rows.add(new PreAnnotation(documentId, options.source(), resolved.layer(),
                                    resolved.label(), resolved.start(), resolved.end(), resolved.attributes()));
                        }
                    }
                }
                int suggestions = preAnnotations.store(projectId, rows, actor, reason);
                return new Result(stored.size(), documents.size() - stored.size(), 0, 0, 0, List.of(),
                        suggestions, created, leftOut);
            }
            List<Object[]> spanRows = new ArrayList<>();
            List<Object[]> answerRows = new ArrayList<>();
            List<Object[]> assignmentRows = new ArrayList<>();
            Set<String> working = new LinkedHashSet<>();
            boolean slant = options.format().equals("slant");
            // as ISO text with its offset, which PostgreSQL reads the same whatever the session's time zone
            String now = java.time.Instant.now().toString();
            for (AnnotatedDocument document : documents) {
                UUID documentId = ids.get(sha(document));
                for (AnnotatorWork work : document.work()) {
                    UUID annotator = annotatorIds.get(owner(work));
                    working.add(owner(work));
                    for (ImportedSpan span : work.spans()) {
                        Resolved row = spans.get(span);
                        if (row == null) {
                            continue;
                        }
                        spanRows.add(new Object[] {UUID.randomUUID(), documentId, annotator, row.layer(),
                                row.label(), row.start(), row.end(), json.writeValueAsString(row.attributes())});
                    }
                    for (ImportedAnswer answer : work.answers()) {
                        Resolved row = answers.get(answer);
                        answerRows.add(new Object[] {UUID.randomUUID(), documentId, annotator, row.layer(),
                                row.label(), json.writeValueAsString(row.attributes())});
                    }
                    // Slant's own export says when there was no assignment; other formats' work is finished work
                    AssignmentStatus status = work.status() != null ? work.status()
                            : slant ? null : AssignmentStatus.DONE;
                    if (status != null) {
                        assignmentRows.add(new Object[] {UUID.randomUUID(), projectId, documentId, annotator,
                                status.name(), status == AssignmentStatus.ASSIGNED ? null : now,
                                status.finished() ? now : null});
                    }
                }
            }
            ColumnInserts.insert(jdbc, "span_annotation", List.of("id", "document_id", "annotator_id", "layer_id",
                    "label_id", "start_offset", "end_offset", "attributes"), List.of("uuid", "uuid", "uuid", "uuid",
                    "uuid", "int4", "int4", "jsonb"), spanRows);
            history.createdBecause(AnnotationTable.SPANS, spanRows.stream().map(row -> (UUID) row[0]).toList(),
                    actor, reason);
            ColumnInserts.insert(jdbc, "document_answer", List.of("id", "document_id", "annotator_id", "layer_id",
                    "label_id", "attributes"), List.of("uuid", "uuid", "uuid", "uuid", "uuid", "jsonb"), answerRows);
            history.createdBecause(AnnotationTable.ANSWERS, answerRows.stream().map(row -> (UUID) row[0])
                    .toList(), actor, reason);
            ColumnInserts.insert(jdbc, "assignment", List.of("id", "project_id", "document_id", "annotator_id",
                    "status", "started_at", "finished_at"), List.of("uuid", "uuid", "uuid", "uuid", "text",
                    "timestamptz", "timestamptz"), assignmentRows);
            return new Result(stored.size(), documents.size() - stored.size(), spanRows.size(), answerRows.size(),
                    working.size(), accountsCreated, 0, created, leftOut);
        }
    }
}
