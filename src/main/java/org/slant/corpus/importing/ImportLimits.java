package org.slant.corpus.importing;

import org.slant.platform.Message;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.unit.DataSize;

/**
 * How much one import may hold. Set as {@code slant.import.max-upload} and {@code slant.import.max-document} (or
 * the environment variables {@code SLANT_IMPORT_MAX_UPLOAD}, {@code SLANT_IMPORT_MAX_DOCUMENT}), e.g. {@code 200MB}.
 * Spring's multipart limits ({@code spring.servlet.multipart.*}) must be at least as large as the upload limit.
 *
 * @param maxUpload the most bytes all files of one import may hold together, zip entries counted unpacked
 * @param maxDocument the most bytes (UTF-8) of one document's text
 */
@ConfigurationProperties("slant.import")
@NamedInterface("import-limits")
public record ImportLimits(DataSize maxUpload, DataSize maxDocument) {

    public static final DataSize DEFAULT_MAX_UPLOAD = DataSize.ofMegabytes(50);
    public static final DataSize DEFAULT_MAX_DOCUMENT = DataSize.ofMegabytes(2);

    public ImportLimits {
        maxUpload = maxUpload == null ? DEFAULT_MAX_UPLOAD : maxUpload;
        maxDocument = maxDocument == null ? DEFAULT_MAX_DOCUMENT : maxDocument;
        if (maxUpload.toBytes() <= 0 || maxDocument.toBytes() <= 0) {
            throw new IllegalArgumentException("slant.import.max-upload and slant.import.max-document must be more "
                    + "than 0, not " + maxUpload + " and " + maxDocument);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(null, null);
    }

    /** "50 MB", "2 MB", "500 KB": a size as a person writes it. */
    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }

    Message uploadLimitProblem() {
        return Message.of("corpus.import.problem.upload-limit", describe(maxUpload));
    }

    Message documentLimitProblem() {
        return Message.of("corpus.import.problem.document-limit", describe(maxDocument));
    }
}
