package org.slant.annotation.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.slant.platform.Message;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The files of an upload of annotated data, with archives ({@code .zip}, {@code .tar.gz}, {@code .tgz},
 * {@code .tar}) taken apart in memory, never on disk. Folders, macOS's {@code __MACOSX/} and hidden files are passed
 * over; an entry with an absolute path or {@code ..} is refused. Every byte read, unpacked, counts against the upload
 * limit, so that an archive that unpacks to gigabytes is refused while unpacking.
 */
public final class UploadedFiles {

    /** Far more files than any corpus or tool export has (PTC: about 1,000; an INCEpTION project: thousands). */
    public static final int MAX_FILES = 100_000;

    private final long limit;
    private final String limitText;
    private long read;
    private int files;

    /**
     * @param limit the most bytes all files together may hold, unpacked
     * @param limitText the limit as the user knows it, e.g. {@code "50 MB (slant.import.max-upload)"}
     */
    public UploadedFiles(long limit, String limitText) {
        this.limit = limit;
        this.limitText = limitText;
    }

    /** Adds the upload's file (or an archive's files) to {@code into}; problems say what could not be read. */
    public void add(String name, InputStream in, List<UploadedFile> into, ImportProblems problems) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".zip")) {
                zip(Place.said(name), "", in, into, problems);
            } else if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
                tar(Place.said(name), new GZIPInputStream(new BufferedInputStream(in)), into, problems);
            } else if (lower.endsWith(".tar")) {
                tar(Place.said(name), in, into, problems);
            } else {
                into.add(new UploadedFile(name, name, bytes(in)));
            }
        } catch (OverLimit e) {
            problems.add("upload", e.problem);
        }
    }

    /**
     * Adds the files of a zip that is itself a file of the upload (INCEpTION zips each user's XMI with its type
     * system), named as if the zip were a folder ({@code annotation/d.txt/alice.zip/alice.xmi}); they count against
     * this reader's limit, unpacked.
     */
    public void addZipInside(UploadedFile zip, List<UploadedFile> into, ImportProblems problems) throws IOException {
        try {
            zip(zip.place(), zip.path() + "/", new java.io.ByteArrayInputStream(zip.bytes()), into, problems);
        } catch (OverLimit e) {
            problems.add(zip.place(), Message.of("annotation.problem.upload.zips-inside", e.problem));
        }
    }

    private void zip(Message name, String prefix, InputStream in, List<UploadedFile> into, ImportProblems problems)
            throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries++;
                entry(name, prefix, entry.getName(), entry.isDirectory(), zip, into, problems);
                passOver(zip);
            }
        } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
            // EOFException: a damaged or cut entry; IllegalArgumentException: an entry name that is not UTF-8
            problems.add(name, Message.of("annotation.problem.upload.not-a-zip", String.valueOf(e.getMessage())));
            return;
        }
        if (entries == 0) {
            problems.add(name, Message.of("annotation.problem.upload.empty-zip"));
        }
    }

    private void tar(Message name, InputStream in, List<UploadedFile> into, ImportProblems problems)
            throws IOException {
        int entries = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                entries++;
                if (entry.isSymbolicLink() || entry.isLink()) {
                    problems.add(entryOf(name, entry.getName()), Message.of("annotation.problem.upload.link"));
                    passOver(tar);
                    continue;
                }
                entry(name, "", entry.getName(), entry.isDirectory() || !entry.isFile(), tar, into, problems);
                passOver(tar);
            }
        } catch (java.util.zip.ZipException | IllegalArgumentException | java.io.EOFException e) {
            problems.add(name, Message.of("annotation.problem.upload.not-a-tar-gz", String.valueOf(e.getMessage())));
            return;
        } catch (IOException e) {
            if (e instanceof OverLimit) {
                throw e;
            }
            problems.add(name, Message.of("annotation.problem.upload.not-a-tar", String.valueOf(e.getMessage())));
            return;
        }
        if (entries == 0) {
            problems.add(name, Message.of("annotation.problem.upload.empty-archive"));
        }
    }

    private void entry(Message archive, String prefix, String path, boolean directory, InputStream in,
            List<UploadedFile> into, ImportProblems problems) throws IOException {
        Message where = entryOf(archive, path);
        List<String> segments = Arrays.asList(path.split("[/\\\\]"));
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            problems.add(where, Message.of("annotation.problem.upload.absolute"));
        } else if (segments.contains("..")) {
            problems.add(where, Message.of("annotation.problem.upload.dot-dot"));
        } else if (!directory && !segments.getFirst().equals("__MACOSX")
                && segments.stream().noneMatch(segment -> segment.startsWith(".") && !segment.equals("."))) {
            String clean = path.startsWith("./") ? path.substring(2) : path;
            if (++files > MAX_FILES) {
                // each file costs memory however small: many empty ones must not get past the byte budget
                throw new OverLimit(Message.of("annotation.problem.upload.too-many-files", String.valueOf(MAX_FILES)));
            }
            into.add(new UploadedFile(where, prefix + clean, bytes(in)));
        }
    }

    /**
     * Reads what is left of an entry (all of one passed over or refused), counting it: the archive's reader would
     * unpack it anyway to reach the next entry, and a hidden entry must not unpack gigabytes unseen.
     */
    private void passOver(InputStream entry) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = entry.read(buffer)) != -1; ) {
            spend(n);
        }
    }

    private void spend(long bytes) throws OverLimit {
        read += bytes;
        if (read > limit) {
            throw new OverLimit(Message.of("annotation.problem.upload.too-large", limitText));
        }
    }

    private byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) != -1; ) {
            spend(n);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The upload is past a limit: reading stops, and the import is refused with this message. */
    private static final class OverLimit extends IOException {
        final transient Message problem;

        OverLimit(Message problem) {
            super(problem.english());
            this.problem = problem;
        }
    }

    /** {@code "<archive>, entry '<path>'"}. */
    static Message entryOf(Message archive, String path) {
        return Message.of("annotation.place.entry", archive, path);
    }
}
