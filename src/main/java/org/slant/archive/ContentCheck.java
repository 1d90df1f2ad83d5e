package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.slant.corpus.DocumentText;
import org.slant.platform.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads every row of one archive, checking that it can be stored exactly as it is: each field present and of its
 * type, each reference to a row the archive holds, each span within its document's text. Remembers only ids (and
 * each document's length), so an archive of any size is checked in little memory.
 */
final class ContentCheck {

    private static final List<Column> ANNOTATOR_COLUMNS = List.of(Column.required("id", ColumnType.UUID),
            Column.required("username", ColumnType.TEXT), Column.required("display_name", ColumnType.TEXT));
    private static final Set<String> TARGETS = Set.of("SPAN", "ANSWER");
    private static final Set<String> ACTIONS = Set.of("CREATE", "UPDATE", "DELETE");
    private static final Set<String> LAYER_KINDS = Set.of("SPAN", "DOCUMENT");
    private static final Set<String> ROLES = Set.of("MANAGER", "CURATOR", "ANNOTATOR");
    private static final Set<String> STATUSES = Set.of("ASSIGNED", "IN_PROGRESS", "DONE", "SKIPPED");
    private static final Set<String> ORIGINS = Set.of("MERGED", "ACCEPTED", "CURATOR");
    private static final Set<String> CURATION_STATUSES = Set.of("IN_PROGRESS", "CURATED");
    private static final Set<String> GOLD_TARGETS = Set.of("SPAN", "ANSWER", "DOCUMENT");
    private static final Set<String> GOLD_ACTIONS = Set.of("CREATE", "UPDATE", "DELETE", "CURATED", "REOPENED");

    private final ObjectReader json;
    private final ZipFile zip;
    private final Manifest manifest;
    private final Problems problems = new Problems();

    private final Set<UUID> ids = new HashSet<>();
    private final Map<UUID, String> layerKinds = new HashMap<>();
    private final Map<UUID, UUID> labelLayers = new HashMap<>();
    private final Set<UUID> stories = new HashSet<>();
    private final Set<UUID> outlets = new HashSet<>();
    private final Map<UUID, Integer> documentLengths = new HashMap<>();
    private final Set<Integer> positions = new HashSet<>();
    private final Set<UUID> annotatorIds = new HashSet<>();
    private final Set<UUID> members = new HashSet<>();
    private final Set<List<UUID>> assigned = new HashSet<>();
    /** Gold's own ids: a gold span or answer may have been given the id of an annotator's span. */
    private final Set<UUID> goldIds = new HashSet<>();
    private final Set<UUID> curationStatuses = new HashSet<>();
    private final List<ArchivedAnnotator> annotators = new ArrayList<>();
    private final Map<ArchiveFile, Long> rows = new HashMap<>();
    private String projectName;
    private long labels;
    private long attributes;

    ContentCheck(ObjectReader json, ZipFile zip, Manifest manifest) {
        this.json = json;
        this.zip = zip;
        this.manifest = manifest;
    }

    CheckedArchive run() throws IOException {
        project(document(ArchiveFile.PROJECT));
        schema(document(ArchiveFile.SCHEMA));
        annotators(document(ArchiveFile.ANNOTATORS));
        for (ArchiveFile file : ArchiveFile.linesOf(manifest.formatVersion())) {
            lines(file);
        }
        ArchiveCounts counts = new ArchiveCounts(rows(ArchiveFile.STORIES), rows(ArchiveFile.OUTLETS),
                rows(ArchiveFile.DOCUMENTS), layerKinds.size(), labels, attributes, rows(ArchiveFile.SPANS),
                rows(ArchiveFile.ANSWERS), rows(ArchiveFile.EVENTS), annotators.size(), rows(ArchiveFile.MEMBERS),
                rows(ArchiveFile.ASSIGNMENTS), rows(ArchiveFile.GOLD_SPANS), rows(ArchiveFile.GOLD_ANSWERS),
                rows(ArchiveFile.CURATION), rows(ArchiveFile.GOLD_EVENTS), rows(ArchiveFile.PRE_ANNOTATIONS));
        if (!problems.any() && !counts.equals(manifest.counts())) {
            problems.add(Problems.field(Problems.file(ArchiveFile.MANIFEST), "counts"),
                    Message.of("archive.check.counts-differ", manifest.counts().toString(), counts.toString()));
        }
        problems.refuseIfAny(ArchiveCheck.REFUSED);
        return new CheckedArchive(manifest.formatVersion(), manifest.project().id(), projectName, counts,
                List.copyOf(annotators));
    }

    /** The single JSON document of a .json file; null (with the problem noted) when it cannot be read. */
    private JsonNode document(ArchiveFile file) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(file.fileName))) {
            JsonNode document = json.readTree(new JsonLines(in).rest());
            if (document == null || !document.isObject()) {
                problems.add(Problems.file(file.fileName), Message.of("archive.check.not-one-object"));
                return null;
            }
            return document;
        } catch (JacksonException | CharacterCodingException | JsonLines.LineTooLongException e) {
            problems.add(Problems.file(file.fileName), ArchiveCheck.message(e));
            return null;
        }
    }

    /** The table's columns that an archive of this format version has. */
    private List<Column> columns(ArchivedTable table) {
        return table.columns(manifest.formatVersion());
    }

    private void project(JsonNode project) {
        Message where = Problems.file(ArchiveFile.PROJECT.fileName);
        if (project == null || !RowCheck.check(project, columns(ArchivedTable.PROJECT), Set.of(), where,
                problems)) {
            return;
        }
        if (!uuid(project, "id").equals(manifest.project().id())) {
            problems.add(RowCheck.field(where, "id"), Message.of("archive.check.not-the-project"));
        }
        projectName = project.get("name").stringValue();
    }

    private void schema(JsonNode schema) {
        Message file = Problems.file(ArchiveFile.SCHEMA.fileName);
        if (schema == null) {
            return;
        }
        JsonNode layers = schema.get("layers");
        if (layers == null || !layers.isArray()) {
            problems.add(RowCheck.field(file, "layers"), Message.of("archive.check.layers"));
            return;
        }
        for (int i = 0; i < layers.size() && !problems.full(); i++) {
            layer(layers.get(i), Message.of("archive.place.layer", file, String.valueOf(i + 1)));
        }
    }

    private void layer(JsonNode layer, Message where) {
        if (!RowCheck.check(layer, columns(ArchivedTable.LAYER), Set.of("labels", "attributes"), where, problems)
                || !unique(layer, where) || !inProject(layer, where)
                || !oneOf(layer, "kind", LAYER_KINDS, where)) {
            return;
        }
        UUID layerId = uuid(layer, "id");
        layerKinds.put(layerId, layer.get("kind").stringValue());
        JsonNode layerLabels = list(layer, "labels", where);
        JsonNode layerAttributes = list(layer, "attributes", where);
        Set<UUID> ownLabels = new HashSet<>();
        for (int i = 0; i < layerLabels.size(); i++) {
            JsonNode label = layerLabels.get(i);
            Message labelWhere = Message.of("archive.place.label", where, String.valueOf(i + 1));
            if (RowCheck.check(label, columns(ArchivedTable.LABEL), Set.of(), labelWhere, problems)
                    && unique(label, labelWhere) && belongsTo(label, layerId, labelWhere)) {
                ownLabels.add(uuid(label, "id"));
                labelLayers.put(uuid(label, "id"), layerId);
                labels++;
            }
        }
        Set<UUID> ownAttributes = new HashSet<>();
        List<JsonNode> conditional = new ArrayList<>();
        for (int i = 0; i < layerAttributes.size(); i++) {
            JsonNode attribute = layerAttributes.get(i);
            Message attributeWhere = Message.of("archive.place.attribute", where, String.valueOf(i + 1));
            if (RowCheck.check(attribute, columns(ArchivedTable.ATTRIBUTE_DEFINITION), Set.of(), attributeWhere,
                    problems) && unique(attribute, attributeWhere) && belongsTo(attribute, layerId, attributeWhere)) {
                ownAttributes.add(uuid(attribute, "id"));
                attributes++;
                if (!attribute.get("label_id").isNull() && !ownLabels.contains(uuid(attribute, "label_id"))) {
                    problems.add(RowCheck.field(attributeWhere, "label_id"), Message.of("archive.check.not-a-label-of-layer"));
                }
                conditional.add(attribute);
            }
        }
        for (JsonNode attribute : conditional) {
            if (!attribute.get("condition_attribute_id").isNull()
                    && !ownAttributes.contains(uuid(attribute, "condition_attribute_id"))) {
                problems.add(RowCheck.field(Message.of("archive.place.attribute-named", where,
                        attribute.get("name").stringValue()), "condition_attribute_id"),
                        Message.of("archive.check.not-an-attribute-of-layer"));
            }
        }
    }

    private void annotators(JsonNode document) {
        Message file = Problems.file(ArchiveFile.ANNOTATORS.fileName);
        if (document == null) {
            return;
        }
        JsonNode list = document.get("annotators");
        if (list == null || !list.isArray()) {
            problems.add(RowCheck.field(file, "annotators"), Message.of("archive.check.accounts"));
            return;
        }
        Set<String> usernames = new HashSet<>();
        for (int i = 0; i < list.size() && !problems.full(); i++) {
            JsonNode annotator = list.get(i);
            Message where = Message.of("archive.place.annotator", file, String.valueOf(i + 1));
            if (!RowCheck.check(annotator, ANNOTATOR_COLUMNS, Set.of(), where, problems)) {
                continue;
            }
            String username = annotator.get("username").stringValue();
            if (username.isBlank()) {
                problems.add(RowCheck.field(where, "username"), Message.of("archive.check.blank"));
            } else if (!usernames.add(username.toLowerCase(Locale.ROOT))) {
                problems.add(RowCheck.field(where, "username"), Message.of("archive.check.username-twice", username));
            } else if (!annotatorIds.add(uuid(annotator, "id"))) {
                problems.add(RowCheck.field(where, "id"), Message.of("archive.check.listed-twice"));
            } else {
                annotators.add(new ArchivedAnnotator(uuid(annotator, "id"), username,
                        annotator.get("display_name").stringValue()));
            }
        }
    }

    private void lines(ArchiveFile file) throws IOException {
        long count = 0;
        try (InputStream in = zip.getInputStream(zip.getEntry(file.fileName))) {
            JsonLines lines = new JsonLines(in);
            for (String line; !problems.full() && (line = lines.next()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                count++;
                Message where = Problems.line(file.fileName, lines.number());
                JsonNode row;
                try {
                    row = json.readTree(line);
                } catch (JacksonException e) {
                    problems.add(where, ArchiveCheck.message(e));
                    continue;
                }
                if (RowCheck.check(row, columns(file.table), Set.of(), where, problems)) {
                    row(file, row, where);
                }
            }
        } catch (CharacterCodingException e) {
            problems.add(Problems.file(file.fileName), e.getMessage());
        } catch (JsonLines.LineTooLongException e) {
            problems.add(Problems.file(file.fileName), e.said());
        }
        rows.put(file, count);
    }

    private void row(ArchiveFile file, JsonNode row, Message where) {
        switch (file) {
            case STORIES -> {
                if (unique(row, where) && inProject(row, where)) {
                    stories.add(uuid(row, "id"));
                }
            }
            case OUTLETS -> {
                if (unique(row, where) && inProject(row, where)) {
                    outlets.add(uuid(row, "id"));
                }
            }
            case DOCUMENTS -> document(row, where);
            case SPANS -> annotation(row, where, "SPAN");
            case ANSWERS -> annotation(row, where, "DOCUMENT");
            case EVENTS -> event(row, where);
            case MEMBERS -> member(row, where);
            case ASSIGNMENTS -> assignment(row, where);
            case GOLD_SPANS -> gold(row, where, "SPAN");
            case GOLD_ANSWERS -> gold(row, where, "DOCUMENT");
            case CURATION -> curation(row, where);
            case GOLD_EVENTS -> goldEvent(row, where);
            case PRE_ANNOTATIONS -> preAnnotation(row, where);
            default -> throw new IllegalArgumentException(file + " is not a JSON Lines file");
        }
    }

    private void document(JsonNode document, Message where) {
        if (!unique(document, where) || !inProject(document, where)) {
            return;
        }
        refersTo(document, "story_id", stories, ArchiveFile.STORIES, where);
        refersTo(document, "outlet_id", outlets, ArchiveFile.OUTLETS, where);
        if (!positions.add(document.get("position").intValue())) {
            problems.add(RowCheck.field(where, "position"), Message.of("archive.check.position-taken"));
        }
        String text = document.get("text").stringValue();
        int codePoints = text.codePointCount(0, text.length());
        if (!DocumentText.sha256(text).equals(document.get("text_sha256").stringValue())) {
            problems.add(RowCheck.field(where, "text_sha256"), Message.of("archive.check.text-sha256"));
        }
        if (codePoints != document.get("code_points").intValue()) {
            problems.add(RowCheck.field(where, "code_points"), Message.of("archive.check.code-points",
                    String.valueOf(codePoints)));
        }
        documentLengths.put(uuid(document, "id"), codePoints);
    }

    /** A span (layer kind SPAN) or an answer about a whole document (kind DOCUMENT). */
    private void annotation(JsonNode annotation, Message where, String layerKind) {
        if (!unique(annotation, where)) {
            return;
        }
        placed(annotation, where, layerKind);
        if (!annotatorIds.contains(uuid(annotation, "annotator_id"))) {
            problems.add(RowCheck.field(where, "annotator_id"), Message.of("archive.check.no-annotator",
                    ArchiveFile.ANNOTATORS.fileName));
        }
    }

    /** A gold span or answer: placed as an annotator's would be, with where it came from. */
    private void gold(JsonNode gold, Message where, String layerKind) {
        if (!goldIds.add(uuid(gold, "id"))) {
            problems.add(RowCheck.field(where, "id"), Message.of("archive.check.gold-id-taken"));
            return;
        }
        placed(gold, where, layerKind);
        oneOf(gold, "origin", ORIGINS, where);
    }

    /** In a document of the archive, in a layer of the kind with one of its labels, and within the text. */
    private void placed(JsonNode annotation, Message where, String layerKind) {
        Integer length = inDocuments(annotation, where) ? documentLengths.get(uuid(annotation, "document_id")) : null;
        UUID layerId = uuid(annotation, "layer_id");
        UUID labelId = uuid(annotation, "label_id");
        String kind = layerKinds.get(layerId);
        if (kind == null) {
            problems.add(RowCheck.field(where, "layer_id"), Message.of("archive.check.no-layer",
                    ArchiveFile.SCHEMA.fileName));
        } else if (!kind.equals(layerKind)) {
            problems.add(RowCheck.field(where, "layer_id"), Message.of("archive.check.layer-kind", kind, layerKind));
        }
        if (!labelLayers.containsKey(labelId)) {
            problems.add(RowCheck.field(where, "label_id"), Message.of("archive.check.no-label",
                    ArchiveFile.SCHEMA.fileName));
        } else if (!labelLayers.get(labelId).equals(layerId)) {
            problems.add(RowCheck.field(where, "label_id"), Message.of("archive.check.label-of-another-layer"));
        }
        if (layerKind.equals("SPAN") && length != null) {
            int start = annotation.get("start_offset").intValue();
            int end = annotation.get("end_offset").intValue();
            if (start < 0 || end <= start || end > length) {
                problems.add(where, Message.of("archive.check.offsets", String.valueOf(length),
                        String.valueOf(start), String.valueOf(end)));
            }
        }
    }

    /** A span a named source suggests: placed as an annotator's span would be, imported by a known person. */
    private void preAnnotation(JsonNode preAnnotation, Message where) {
        if (!unique(preAnnotation, where) || !inProject(preAnnotation, where)) {
            return;
        }
        placed(preAnnotation, where, "SPAN");
        int source = preAnnotation.get("source").stringValue().codePointCount(0,
                preAnnotation.get("source").stringValue().length());
        if (source < 1 || source > 100) {
            problems.add(RowCheck.field(where, "source"), Message.of("archive.check.source-length"));
        }
        if (!preAnnotation.get("imported_by").isNull()) {
            person(preAnnotation, "imported_by", where);
        }
    }

    private void event(JsonNode event, Message where) {
        inProject(event, where);
        oneOf(event, "target", TARGETS, where);
        oneOf(event, "action", ACTIONS, where);
        snapshots(event, where);
    }

    /** A change to gold or to a document's curation status. */
    private void goldEvent(JsonNode event, Message where) {
        inProject(event, where);
        oneOf(event, "target", GOLD_TARGETS, where);
        oneOf(event, "action", GOLD_ACTIONS, where);
        if (!event.get("origin").isNull()) {
            oneOf(event, "origin", ORIGINS, where);
        }
        snapshots(event, where);
    }

    /** An event's before and after: each an object (naming its annotator by id, if at all) or null. */
    private void snapshots(JsonNode event, Message where) {
        for (String snapshot : List.of("before", "after")) {
            JsonNode value = event.get(snapshot);
            if (value.isNull()) {
                continue;
            }
            JsonNode annotator = value.get("annotatorId");
            if (!value.isObject()) {
                problems.add(RowCheck.field(where, snapshot), Message.of("archive.check.snapshot"));
            } else if (annotator != null && !(annotator.isString() && ColumnType.isUuid(annotator.stringValue()))) {
                problems.add(RowCheck.field(where, snapshot), Message.of("archive.check.snapshot-annotator"));
            }
        }
    }

    /** Where a document's curation stands: once per document, changed by a person of annotators.json. */
    private void curation(JsonNode curation, Message where) {
        if (!inProject(curation, where)) {
            return;
        }
        oneOf(curation, "status", CURATION_STATUSES, where);
        if (inDocuments(curation, where) && !curationStatuses.add(uuid(curation, "document_id"))) {
            problems.add(RowCheck.field(where, "document_id"), Message.of("archive.check.curation-twice",
                    ArchiveFile.CURATION.fileName));
        }
        if (!curation.get("changed_by").isNull()) {
            person(curation, "changed_by", where);
        }
    }

    /** A person's role in the project: one membership per person, who is in annotators.json. */
    private void member(JsonNode membership, Message where) {
        if (!unique(membership, where) || !inProject(membership, where)) {
            return;
        }
        oneOf(membership, "role", ROLES, where);
        if (person(membership, "user_id", where) && !members.add(uuid(membership, "user_id"))) {
            problems.add(RowCheck.field(where, "user_id"), Message.of("archive.check.member-twice",
                    ArchiveFile.MEMBERS.fileName));
        }
    }

    /** One annotator's work on one document of the archive: once per annotator and document. */
    private void assignment(JsonNode assignment, Message where) {
        if (!unique(assignment, where) || !inProject(assignment, where)) {
            return;
        }
        oneOf(assignment, "status", STATUSES, where);
        if (assignment.get("active_seconds").intValue() < 0) {
            problems.add(RowCheck.field(where, "active_seconds"), Message.of("archive.check.negative"));
        }
        UUID documentId = uuid(assignment, "document_id");
        inDocuments(assignment, where);
        boolean annotatorKnown = person(assignment, "annotator_id", where);
        if (!assignment.get("assigned_by").isNull()) {
            person(assignment, "assigned_by", where);
        }
        if (annotatorKnown && !assigned.add(List.of(documentId, uuid(assignment, "annotator_id")))) {
            problems.add(where, Message.of("archive.check.assigned-twice",
                    ArchiveFile.ASSIGNMENTS.fileName));
        }
    }

    /** Whether the row's document is one of documents.jsonl; notes the problem if not. */
    private boolean inDocuments(JsonNode row, Message where) {
        if (!documentLengths.containsKey(uuid(row, "document_id"))) {
            problems.add(RowCheck.field(where, "document_id"), Message.of("archive.check.no-document",
                    ArchiveFile.DOCUMENTS.fileName));
            return false;
        }
        return true;
    }

    /** Whether the field names a person of annotators.json; notes the problem if not. */
    private boolean person(JsonNode row, String field, Message where) {
        if (!annotatorIds.contains(uuid(row, field))) {
            problems.add(RowCheck.field(where, field), Message.of("archive.check.no-account",
                    ArchiveFile.ANNOTATORS.fileName));
            return false;
        }
        return true;
    }

    private boolean unique(JsonNode row, Message where) {
        if (!ids.add(uuid(row, "id"))) {
            problems.add(RowCheck.field(where, "id"), Message.of("archive.check.id-taken"));
            return false;
        }
        return true;
    }

    private boolean inProject(JsonNode row, Message where) {
        if (!uuid(row, "project_id").equals(manifest.project().id())) {
            problems.add(RowCheck.field(where, "project_id"), Message.of("archive.check.not-the-project"));
            return false;
        }
        return true;
    }

    private boolean belongsTo(JsonNode row, UUID layerId, Message where) {
        if (!uuid(row, "layer_id").equals(layerId)) {
            problems.add(RowCheck.field(where, "layer_id"), Message.of("archive.check.not-its-layer"));
            return false;
        }
        return true;
    }

    private void refersTo(JsonNode row, String field, Set<UUID> known, ArchiveFile file, Message where) {
        if (!row.get(field).isNull() && !known.contains(uuid(row, field))) {
            problems.add(RowCheck.field(where, field), Message.of("archive.check.no-row", file.fileName));
        }
    }

    private boolean oneOf(JsonNode row, String field, Set<String> values, Message where) {
        if (!values.contains(row.get(field).stringValue())) {
            problems.add(RowCheck.field(where, field), Message.of("archive.check.one-of", values.stream().sorted().toList().toString()));
            return false;
        }
        return true;
    }

    private JsonNode list(JsonNode layer, String field, Message where) {
        JsonNode list = layer.get(field);
        if (list == null || !list.isArray()) {
            problems.add(RowCheck.field(where, field), Message.of("archive.check.list"));
            return json.createArrayNode();
        }
        return list;
    }

    private long rows(ArchiveFile file) {
        return rows.getOrDefault(file, 0L);
    }

    private static UUID uuid(JsonNode row, String field) {
        return UUID.fromString(row.get(field).stringValue());
    }
}
