package org.slant.export;

import java.io.IOException;

/**
 * Writes one export format, a document at a time, so that memory stays flat however large the project: nothing
 * about earlier documents may be kept but counts (and, for splits, which story went where).
 */
public interface ExportWriter {

    /** Before the first document: open the files, write headers. */
    void begin(ExportContext context, ExportFiles files) throws IOException;

    void document(ExportedDocument document) throws IOException;

    /** After the last document: write what is left and close every file opened. */
    void end() throws IOException;
}
