package org.slant.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.slant.platform.Message;
import org.slant.platform.StrictUtf8;
import org.slant.platform.NotUtf8Exception;

/** A .txt file is one document: its whole text, titled with the file name without its extension. */
final class TextFileReader {

    private final ImportLimits limits;
    private final DocumentChecks checks;

    TextFileReader(ImportLimits limits, DocumentChecks checks) {
        this.limits = limits;
        this.checks = checks;
    }

    /**
     * @param where names the file in problems and reports
     * @param path the file's name, within its zip archive if it came in one: gives the title, kept in the meta
     */
    void read(Message where, String path, InputStream in, UploadContents into) throws IOException {
        long limit = limits.maxDocument().toBytes();
        // one byte past the limit tells a file that is too large without reading all of it
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            into.problem(where, limits.documentLimitProblem());
            return;
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (NotUtf8Exception e) {
            into.problem(where, e.said());
            return;
        }
        IncomingDocument document = checks.check(Location.ofFile(where),
                DocumentFields.textOnly(text, title(path), Map.of("file", path)), into);
        if (document != null) {
            into.add(document);
        }
    }

    /** "reports/2022/nato.txt" gives "nato". */
    static String title(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
