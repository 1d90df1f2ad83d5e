package org.slant.annotation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.NewDocument;
import org.slant.schema.AttributeType;
import org.slant.schema.Drafts.AttributeDraft;
import org.slant.schema.Drafts.LabelDraft;
import org.slant.schema.Drafts.LayerDraft;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.SchemaEditor;

/**
 * A fresh project with one document whose text has a flag, a combining mark, NBSP and CRLF, and three layers: Stance
 * (spans, no overlap, with one attribute of each type, one only for Oppose and one asked only when quoted), Entities
 * (spans, overlap allowed) and Overall (answers about the whole article).
 */
public final class AnnotationFixture {

    /** Code points: 0-1 the flag, 3 'e', 4 U+0301, 5 NBSP, 6 'x', 7 CR, 8 LF, 9 'y'. */
    public static final String TEXT = "🇺🇦 e\u0301\u00A0x\r\ny said the minister 😀 today.";

    public final UUID projectId;
    public final UUID documentId;
    public final LayerSchema stance;
    public final LayerSchema entities;
    public final LayerSchema overall;

    public AnnotationFixture(CorpusService corpus, SchemaEditor editor) {
        projectId = corpus.createProject("Annotations " + UUID.randomUUID(), "").getId();
        documentId = corpus.addDocuments(projectId, List.of(new NewDocument("Article", TEXT, null, null, null, null,
                null, Map.of()))).getFirst().getId();
        UUID stanceId = editor.addLayer(projectId, new LayerDraft("Stance", LayerKind.SPAN, false, false, "")).id();
        editor.addLabel(stanceId, new LabelDraft("Support", "#2ca02c", null, ""));
        UUID oppose = editor.addLabel(stanceId, new LabelDraft("Oppose", "#d62728", null, "")).labels().get(1).id();
        attribute(editor, stanceId, null, "strength", AttributeType.CHOICE, List.of("weak", "strong"), null, null);
        attribute(editor, stanceId, null, "targets", AttributeType.MULTI_CHOICE, List.of("a", "b", "c"), null, null);
        attribute(editor, stanceId, null, "note", AttributeType.TEXT, List.of(), null, null);
        UUID quoted = attributeId(attribute(editor, stanceId, null, "quoted", AttributeType.BOOLEAN, List.of(), null,
                null), "quoted");
        attribute(editor, stanceId, null, "speaker", AttributeType.ENTITY, List.of(), quoted, "true");
        stance = attribute(editor, stanceId, oppose, "reason", AttributeType.TEXT, List.of(), null, null);
        UUID entitiesId = editor.addLayer(projectId, new LayerDraft("Entities", LayerKind.SPAN, true, false, ""))
                .id();
        entities = editor.addLabel(entitiesId, new LabelDraft("Person", "#1f77b4", null, ""));
        UUID overallId = editor.addLayer(projectId, new LayerDraft("Overall", LayerKind.DOCUMENT, false, false, ""))
                .id();
        editor.addLabel(overallId, new LabelDraft("Left", "#9467bd", null, ""));
        editor.addLabel(overallId, new LabelDraft("Right", "#8c564b", null, ""));
        overall = editor.addAttribute(overallId, new AttributeDraft(null, "confidence", AttributeType.CHOICE,
                List.of("low", "high"), true, null, null, ""));
    }

    public UUID label(LayerSchema layer, String name) {
        return layer.labels().stream().filter(label -> label.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The attribute's id as the key its values are stored under. */
    public String key(LayerSchema layer, String name) {
        return attributeId(layer, name).toString();
    }

    public static UUID attributeId(LayerSchema layer, String name) {
        return layer.attributes().stream().filter(attribute -> attribute.name().equals(name)).findFirst()
                .map(AttributeSchema::id).orElseThrow();
    }

    /** {@code text[start:end]} as Python slices it: by code point. */
    public static String python(String text, int start, int end) {
        int[] codePoints = text.codePoints().skip(start).limit(end - start).toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    private static LayerSchema attribute(SchemaEditor editor, UUID layerId, UUID labelId, String name, AttributeType type,
            List<String> options, UUID conditionAttribute, String conditionValue) {
        return editor.addAttribute(layerId, new AttributeDraft(labelId, name, type, options, false,
                conditionAttribute, conditionValue, ""));
    }
}
