package org.slant.curation;

import java.util.UUID;
import org.slant.platform.Refusal;

/** A gold change on a document marked curated: refused until a curator reopens it. The REST API answers 409. */
public class DocumentCuratedException extends RuntimeException implements Refusal {

    private final UUID documentId;

    DocumentCuratedException(UUID documentId) {
        super("This document is marked curated, so its gold is read-only: reopen its curation (POST /api/v1/documents/"
                + documentId + "/gold/reopen, or Reopen in the curation view) to change it.");
        this.documentId = documentId;
    }

    public UUID documentId() {
        return documentId;
    }
}
