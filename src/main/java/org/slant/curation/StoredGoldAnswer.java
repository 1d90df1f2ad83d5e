package org.slant.curation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;

/** A gold answer about a whole document: one per document, layer and label. */
@Entity
@Table(name = "gold_answer")
class StoredGoldAnswer extends GoldAnnotation {

    protected StoredGoldAnswer() {
    }

    StoredGoldAnswer(UUID id, UUID documentId, UUID layerId, UUID labelId, Map<String, Object> attributes,
            GoldSource source) {
        super(id, documentId, layerId, labelId, attributes, source);
    }

    void change(UUID labelId, Map<String, Object> attributes) {
        relabel(labelId, attributes);
    }
}
