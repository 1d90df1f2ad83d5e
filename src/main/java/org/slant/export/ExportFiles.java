package org.slant.export;

import java.io.OutputStream;

/**
 * Where a writer puts its files: each name opened once, in any order, several open at a time (the hf export writes
 * three splits while documents arrive). The service puts them into the download with the manifest.
 */
public interface ExportFiles {

    /** A new file of the export; the writer closes it when done with it. */
    OutputStream create(String name);
}
