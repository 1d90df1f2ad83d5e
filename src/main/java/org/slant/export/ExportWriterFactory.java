package org.slant.export;

/**
 * Makes a fresh writer of one format for each export. Each format is a Spring component implementing this, so the
 * service finds every format without a list to keep up to date.
 */
public interface ExportWriterFactory {

    ExportFormat format();

    ExportWriter create();
}
