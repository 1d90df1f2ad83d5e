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

    void read(String where, InputStream in, UploadContents into) throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null && !into.full(); ) {
                entries++;
                String path = entry.getName();
                String entryWhere = where + ", entry '" + path + "'";
                if (isAbsolute(path)) {
                    into.problem(entryWhere, "has an absolute path; an archive's entries must be relative");
                } else if (climbsOut(path)) {
                    into.problem(entryWhere, "has '..' in its path, which would lead out of the archive");
                } else if (!entry.isDirectory() && !isPassedOver(path)) {
                    if (path.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                        texts.read(entryWhere, path, budget.counted(zip), into);
                    } else {
                        into.problem(entryWhere, "is not a .txt file; a zip may hold only .txt files (import other "
                                + "files on their own, or remove it from the archive)");
                    }
                }
                // what is passed over or refused is unpacked too when the next entry is read: it counts, so that a
                // hidden entry cannot make the server unpack gigabytes unseen
                budget.counted(zip).transferTo(OutputStream.nullOutputStream());
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // EOFException: a damaged or cut entry; IllegalArgumentException: an entry name that is not UTF-8
            into.problem(where, "not a readable zip archive: " + e.getMessage());
            return;
        }
        if (entries == 0) {
            into.problem(where, "not a zip archive, or an empty one");
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
