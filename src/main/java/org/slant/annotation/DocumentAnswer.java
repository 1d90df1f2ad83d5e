package org.slant.annotation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.UUID;

/**
 * An annotator's answer about a whole document in a DOCUMENT layer: a label with attribute values. One per
 * document, annotator, layer and label.
 */
@Entity
@Table(name = "document_answer")
public class DocumentAnswer extends Annotation {

    protected DocumentAnswer() {
    }

    void change(UUID labelId, Map<String, Object> attributes) {
        relabel(labelId, attributes);
    }
}
