package org.slant.annotation;

import java.util.UUID;
import org.slant.platform.Refusal;

/**
 * A change to one's work on a document one has marked done: refused until the document is reopened, so that
 * agreement figures and exports made from done work cannot change unnoticed. The REST API answers 409.
 */
public class DocumentDoneException extends RuntimeException implements Refusal {

    private final UUID documentId;

    DocumentDoneException(UUID documentId) {
        super("You marked this document done, so your work on it is read-only: reopen it (POST /api/v1/documents/"
                + documentId + "/reopen, or Reopen in the annotate view) to change it.");
        this.documentId = documentId;
    }

    public UUID documentId() {
        return documentId;
    }
}
