package org.slant.bench;

import java.nio.file.Path;

/**
 * What a generated corpus file holds, counted while it was written.
 *
 * @param fileBytes size of the JSONL file
 * @param textBytes UTF-8 bytes of the documents' texts alone
 * @param nonAsciiDocuments documents whose text has at least one character beyond ASCII
 */
public record CorpusSummary(Path file, int documents, int stories, long fileBytes, long textBytes, long words,
        int nonAsciiDocuments) {

    public double meanWords() {
        return (double) words / documents;
    }

    /** Mean text size in KB (1,000 bytes). */
    public double meanKilobytes() {
        return textBytes / 1000.0 / documents;
    }

    public double nonAsciiShare() {
        return (double) nonAsciiDocuments / documents;
    }
}
