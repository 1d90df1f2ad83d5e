package org.slant.curation;

import java.util.UUID;
import org.slant.platform.KeyedRefusal;
import org.slant.platform.Message;

/** A gold change on a document marked curated: refused until a curator reopens it. The REST API answers 409. */
public class DocumentCuratedException extends KeyedRefusal {

    private final UUID documentId;

    DocumentCuratedException(UUID documentId) {
        this(Message.of("curation.refusal.document-curated", String.valueOf(documentId)), documentId);
    }

    private DocumentCuratedException(Message said, UUID documentId) {
        super(said);
        this.documentId = documentId;
    }

    public UUID documentId() {
        return documentId;
    }
}
