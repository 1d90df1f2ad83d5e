package org.slant.corpus.importing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.slant.platform.Message;

/**
 * A zip archive of .txt files, read as a stream without unpacking it anywhere. Folders are fine; folders themselves,
 * macOS's {@code __MACOSX/} and hidden files (a name starting with a dot) are passed over. An entry whose path is
 * absolute or climbs out with {@code ..} is refused, as is any entry that is not a .txt file, so that nothing in the
 * archive is left out without a word.
 */
final class ZipReader {

    private final TextFileReader texts;
    private final UploadBudget budget;

    ZipReader(TextFileReader texts, UploadBudget budget) {
        this.texts = texts;
        this.budget = budget;
    }

    void read(Message where, InputStream in, UploadContents into) throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null && !into.full(); ) {
                entries++;
                String path = entry.getName();
                Message entryWhere = Location.entry(where, path);
                if (isAbsolute(path)) {
                    into.problem(entryWhere, Message.of("corpus.import.problem.absolute-path"));
                } else if (climbsOut(path)) {
                    into.problem(entryWhere, Message.of("corpus.import.problem.climbs-out"));
                } else if (!entry.isDirectory() && !isPassedOver(path)) {
                    if (path.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        texts.read(entryWhere, path, budget.counted(zip), into);
                    } else {
                        into.problem(entryWhere, Message.of("corpus.import.problem.not-txt"));
                    }
                }
                // what is passed over or refused is unpacked too when the next entry is read: it counts, so that a
                // hidden entry cannot make the server unpack gigabytes unseen
                budget.counted(zip).transferTo(OutputStream.nullOutputStream());
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // EOFException: a damaged or cut entry; IllegalArgumentException: an entry name that is not UTF-8
            // the archive library's words are English
            into.problem(where, Message.of("corpus.import.problem.not-readable-zip", String.valueOf(e.getMessage())));
            return;
        }
        if (entries == 0) {
            into.problem(where, Message.of("corpus.import.problem.not-zip"));
        }
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*");
    }

    private static boolean climbsOut(String path) {
        return segments(path).contains("..");
    }

    private static boolean isPassedOver(String path) {
        List<String> segments = segments(path);
        return segments.getFirst().equals("__MACOSX")
                || segments.stream().anyMatch(segment -> segment.startsWith(".") && !segment.equals("."));
    }

    private static List<String> segments(String path) {
        return Arrays.asList(path.split("[/\\\\]"));
    }
}
