package org.slant.annotation.importing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slant.annotation.CodePointText;

/**
 * Reads the real BASIL corpus (../shared/data/basil.tar.gz, never copied into the project) with {@link BasilFormat}
 * and tells how many of its phrases locate and whether each located span covers its phrase; not a unit test, since
 * the corpus is not part of the project. Run: {@code java -cp target/classes:target/test-classes:<dependencies>
 * org.slant.annotation.importing.BasilFormatCorpusCheck [path]}.
 */
public final class BasilFormatCorpusCheck {

    private BasilFormatCorpusCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args.length > 0 ? args[0] : "../shared/data/basil.tar.gz");
        List<UploadedFile> files = new ArrayList<>();
        ImportProblems problems = new ImportProblems();
        try (InputStream in = Files.newInputStream(archive)) {
            new UploadedFiles(Long.MAX_VALUE, "none").add(archive.getFileName().toString(), in, files, problems);
        }
        long started = System.nanoTime();
        List<AnnotatedDocument> documents = new BasilFormat().read(files, problems);
        long millis = (System.nanoTime() - started) / 1_000_000;
        problems.list().forEach(problem -> System.out.println("problem: " + problem.where() + ": "
                + problem.message()));
        int spans = 0;
        int covering = 0;
        int answers = 0;
        for (AnnotatedDocument document : documents) {
            CodePointText text = new CodePointText(document.document().text());
            for (AnnotatorWork work : document.work()) {
                answers += work.answers().size();
                for (ImportedSpan span : work.spans()) {
                    spans++;
                    if (text.slice(span.start(), span.end()).equals(span.text())) {
                        covering++;
                    }
                }
            }
        }
        long stories = documents.stream().map(document -> document.document().story()).distinct().count();
        System.out.printf("%d files, %d documents in %d stories, %d spans located (%d covering their phrase), "
                + "%d answers, %d problems, read in %d ms%n", files.size(), documents.size(), stories, spans,
                covering, answers, problems.size(), millis);
    }
}
