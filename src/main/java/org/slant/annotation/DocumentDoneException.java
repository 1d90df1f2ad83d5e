package org.slant.annotation;

import java.util.UUID;
import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;

/**
 * A change to one's work on a document one has marked done: refused until the document is reopened, so that
 * agreement figures and exports made from done work cannot change unnoticed. The REST API answers 409, in English;
 * the web UI reads it in the reader's language.
 */
public class DocumentDoneException extends KeyedRefusal {

    private final UUID documentId;

    DocumentDoneException(UUID documentId) {
        this(Message.of("annotation.refusal.document-done", documentId.toString()), documentId);
    }

    private DocumentDoneException(Message said, UUID documentId) {
        super(said);
        this.documentId = documentId;
    }

    public UUID documentId() {
        return documentId;
    }
}
