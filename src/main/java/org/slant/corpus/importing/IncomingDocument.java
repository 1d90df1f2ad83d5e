package org.slant.corpus.importing;

import org.slant.corpus.NewDocument;

/** A checked document of an upload, not stored yet, with where it came from and its text's SHA-256. */
record IncomingDocument(String where, String sha256, NewDocument document) {

    String title() {
        return document.title();
    }
}
