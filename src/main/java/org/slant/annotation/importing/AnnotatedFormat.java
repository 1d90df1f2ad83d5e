package org.slant.annotation.importing;

import java.util.List;

/**
 * A format of annotated data Slant reads (docs/import.md#annotated-data). A reader turns the upload's files (archives
 * already unpacked) into documents with their work, by layer and label names, with offsets in code points of the text
 * as Slant stores it. It checks what only it can (its own syntax, its offsets' conventions, texts it must locate) and
 * reports every problem with its place; whether the layers, labels and annotators exist, whether offsets fit and spans
 * overlap is checked afterwards, the same for every format.
 */
public interface AnnotatedFormat {

    /** The name given as {@code format=} to the import, e.g. {@code "ptc"}. */
    String name();

    /** One line on what the format is, for the API's description and the UI. */
    String description();

    /** Whether the format names annotators itself; if not, the import's annotator or source takes the work. */
    boolean namesAnnotators();

    /**
     * Reads the files: the documents in the order of the upload. A reader that finds problems still returns what it
     * could read, so that the import checks that too and names every problem at once; nothing is stored while
     * {@code problems} holds any.
     */
    List<AnnotatedDocument> read(List<UploadedFile> files, ImportProblems problems);
}
