package org.slant.annotation;

import java.util.Map;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.platform.InvalidInputException;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.SchemaService;
import org.slant.team.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annotators' spans: every change written at once, checked against the text and the schema, and recorded. */
@Service
@Transactional
public class AnnotationService {

    private final SpanAnnotationRepository spans;
    private final AnnotationHistory history;
    private final CorpusService corpus;
    private final SchemaService schema;
    private final CurrentUser currentUser;

    AnnotationService(SpanAnnotationRepository spans, AnnotationHistory history, CorpusService corpus,
            SchemaService schema, CurrentUser currentUser) {
        this.spans = spans;
        this.history = history;
        this.corpus = corpus;
        this.schema = schema;
        this.currentUser = currentUser;
    }

    /** Stores a span of the given annotator; offsets are code points into the document's text, end-exclusive. */
    public SpanAnnotation createSpan(UUID id, UUID documentId, UUID annotatorId, UUID layerId, UUID labelId,
            int start, int end, Map<String, Object> attributes) {
        DocumentDetails document = corpus.document(documentId);
        LayerSchema layer = schema.layers(document.projectId()).stream()
                .filter(candidate -> candidate.id().equals(layerId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("layer", "not a layer of this document's project"));
        if (layer.kind() != LayerKind.SPAN) {
            throw InvalidInputException.of("layer", "'" + layer.name() + "' takes answers about the whole article, "
                    + "not spans");
        }
        if (layer.labels().stream().noneMatch(label -> label.id().equals(labelId))) {
            throw InvalidInputException.of("label", "not a label of layer '" + layer.name() + "'");
        }
        if (start < 0 || end <= start || end > document.codePoints()) {
            throw InvalidInputException.of("start/end", "need 0 <= start < end <= " + document.codePoints()
                    + " (the text's length in code points), got " + start + ".." + end);
        }
        SpanAnnotation span = spans.saveAndFlush(new SpanAnnotation(id == null ? UUID.randomUUID() : id, documentId,
                annotatorId, layerId, labelId, start, end, attributes));
        history.spanCreated(span.getId(), currentUser.id().orElse(annotatorId));
        return span;
    }
}
