package org.slant.curation.query;

import java.util.Iterator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Documents' gold read beside another reading of the same documents in corpus order (an export's, an agreement
 * report's): asked for each of those documents in turn, it hands over that document's gold, if it has any, and
 * passes over gold of documents the other reading left out. Holds a database cursor until closed.
 */
public final class GoldCursor implements AutoCloseable {

    private final Stream<GoldOnDocument> stream;
    private final Iterator<GoldOnDocument> rows;
    private GoldOnDocument next;

    GoldCursor(Stream<GoldOnDocument> stream) {
        this.stream = stream;
        this.rows = stream.iterator();
        this.next = rows.hasNext() ? rows.next() : null;
    }

    /** A cursor over no gold at all, for readings without gold. */
    public static GoldCursor none() {
        return new GoldCursor(Stream.empty());
    }

    /**
     * The gold of the document at {@code position} in corpus order, or null when it has none; asked in corpus order.
     */
    public GoldOnDocument at(UUID documentId, int position) {
        while (next != null && next.position() < position) {
            advance();
        }
        if (next == null || !next.documentId().equals(documentId)) {
            return null;
        }
        GoldOnDocument found = next;
        advance();
        return found;
    }

    private void advance() {
        next = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() {
        stream.close();
    }
}
