package org.slant.corpus.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.Document;
import org.slant.corpus.importing.ImportResult.CreatedDocument;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports documents into a project from uploaded files, all or nothing: every file is read and checked first, and
 * if anything is wrong nothing is stored and every problem is reported at once. Documents whose text the project
 * (or an earlier file or line of the same upload) already has are left out and reported, not refused.
 */
@Service
public class DocumentImport {

    private static final Logger log = LoggerFactory.getLogger(DocumentImport.class);

    private final CorpusService corpus;
    private final ImportLimits limits;
    private final JsonMapper json;

    DocumentImport(CorpusService corpus, ImportLimits limits, JsonMapper json) {
        this.corpus = corpus;
        this.limits = limits;
        this.json = json;
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * Reads, checks and stores the files' documents at the end of the project, in the order of the files and of the
     * documents within them.
     *
     * @throws InvalidInputException listing every problem, when anything is wrong; nothing has been stored then
     * @throws org.slant.platform.NotFoundException when the project does not exist
     */
    public ImportResult importFiles(UUID projectId, List<ImportFile> files) {
        corpus.project(projectId);
        if (files.isEmpty()) {
            throw refused(Message.of("corpus.import.problem.no-files"));
        }
        long started = System.nanoTime();
        UploadContents contents = new UploadReader(limits, json).read(files);
        if (contents.hasProblems()) {
            throw contents.refusal();
        }
        if (contents.documents().isEmpty()) {
            throw refused(Message.of("corpus.import.problem.no-documents"));
        }
        long read = System.nanoTime();
        List<Document> stored = corpus.addNewDocuments(projectId,
                contents.documents().stream().map(IncomingDocument::document).toList());
        ImportResult result = result(contents, stored);
        long done = System.nanoTime();
        log.info("Imported {} documents into project {} from {} file(s), {} left out as duplicates, in {} ms "
                + "({} ms reading and checking, {} ms storing)", result.created(), projectId, files.size(),
                result.skipped(), millis(done - started), millis(read - started), millis(done - read));
        return result;
    }

    /** "upload: the files hold no documents": one problem with the whole upload, in the reader's language. */
    private static InvalidInputException refused(Message said) {
        Message upload = Location.upload();
        return new InvalidInputException(Message.of("corpus.import.refused.upload", upload, said),
                List.of(Problem.at(upload, said)));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static ImportResult result(UploadContents contents, List<Document> stored) {
        Map<String, Document> storedBySha256 = new HashMap<>();
        stored.forEach(document -> storedBySha256.put(document.getTextSha256(), document));
        List<CreatedDocument> created = new ArrayList<>(stored.size());
        List<SkippedDocument> skipped = new ArrayList<>();
        for (IncomingDocument incoming : contents.documents()) {
            Document document = storedBySha256.get(incoming.sha256());
            if (document == null) {
                skipped.add(SkippedDocument.of(incoming.title(), incoming.place(),
                        Message.of("corpus.import.skipped.in-project")));
            } else {
                created.add(new CreatedDocument(document.getId(), document.getTitle(), incoming.where()));
            }
        }
        skipped.addAll(contents.duplicates());
        return new ImportResult(created.size(), skipped.size(), created, skipped);
    }
}
