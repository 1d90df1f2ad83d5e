package org.slant.corpus.importing;

import org.slant.corpus.NewDocument;
import org.slant.platform.Message;

/** A checked document of an upload, not stored yet, with where it came from (by key) and its text's SHA-256. */
record IncomingDocument(Message place, String sha256, NewDocument document) {

    /** Where it came from, in English, as the REST API gives it. */
    String where() {
        return place.english();
    }

    String title() {
        return document.title();
    }
}
