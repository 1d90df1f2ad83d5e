package org.slant.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one data file of a one-file format written straight to the output (a raw export: no zip, no manifest);
 * closing it only flushes, so the output stays open for its owner.
 */
final class RawExportFiles implements ExportFiles {

    private final OutputStream out;
    private String name;

    RawExportFiles(OutputStream out) {
        this.out = out;
    }

    @Override
    public OutputStream create(String name) {
        if (this.name != null) {
            throw new IllegalStateException("A raw export has one file; '" + this.name + "' was already written, not '"
                    + name + "'");
        }
        this.name = name;
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
