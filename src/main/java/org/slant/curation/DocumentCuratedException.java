package org.slant.curation;

import java.util.Locale;
import java.util.UUID;
import org.slant.platform.Message;
import org.slant.platform.Refusal;

/** A gold change on a document marked curated: refused until a curator reopens it. The REST API answers 409. */
public class DocumentCuratedException extends RuntimeException implements Refusal {

    private final Message said;
    private final UUID documentId;

    DocumentCuratedException(UUID documentId) {
        this(Message.of("curation.refusal.document-curated", String.valueOf(documentId)), documentId);
    }

    private DocumentCuratedException(Message said, UUID documentId) {
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
