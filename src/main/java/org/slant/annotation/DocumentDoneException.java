package org.slant.annotation;

import java.util.Locale;
import java.util.UUID;
import org.slant.platform.Message;
import org.slant.platform.Refusal;

/**
 * A change to one's work on a document one has marked done: refused until the document is reopened, so that
 * agreement figures and exports made from done work cannot change unnoticed. The REST API answers 409, in English;
 * the web UI reads it in the reader's language.
 */
public class DocumentDoneException extends RuntimeException implements Refusal {

    private final UUID documentId;
    private final Message said;

    DocumentDoneException(UUID documentId) {
        this(Message.of("annotation.refusal.document-done", documentId.toString()), documentId);
    }

    private DocumentDoneException(Message said, UUID documentId) {
        super(said.english());
        this.said = said;
        this.documentId = documentId;
    }

    @Override
    public String in(Locale reader) {
        return said.in(reader);
    }

    public UUID documentId() {
        return documentId;
    }
}
