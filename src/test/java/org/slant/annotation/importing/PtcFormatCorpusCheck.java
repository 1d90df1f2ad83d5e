package org.slant.annotation.importing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the real PTC training corpus (../shared/data/ptc-train.tar.gz, never copied into the project) with
 * {@link PtcFormat} alone, without a database, and tells what it found and how long unpacking and reading took: the
 * reader's share of the ptcimport benchmark. Not a unit test, since the corpus is not part of the project.
 */
public final class PtcFormatCorpusCheck {

    private PtcFormatCorpusCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args.length > 0 ? args[0] : "../shared/data/ptc-train.tar.gz");
        for (int round = 1; round <= 3; round++) {
            long started = System.nanoTime();
            List<UploadedFile> files = new ArrayList<>();
            ImportProblems problems = new ImportProblems();
            try (InputStream in = Files.newInputStream(archive)) {
                new UploadedFiles(Long.MAX_VALUE, "none").add(archive.getFileName().toString(), in, files, problems);
            }
            long unpacked = System.nanoTime();
            List<AnnotatedDocument> documents = new PtcFormat().read(files, problems);
            long read = System.nanoTime();
            problems.list().forEach(problem -> System.out.println("problem: " + problem));
            long spans = documents.stream().flatMap(document -> document.work().stream())
                    .mapToLong(work -> work.spans().size()).sum();
            System.out.printf("round %d: %d files, %d documents, %d spans; unpacked in %d ms, read in %d ms%n",
                    round, files.size(), documents.size(), spans, (unpacked - started) / 1_000_000,
                    (read - unpacked) / 1_000_000);
        }
    }
}
