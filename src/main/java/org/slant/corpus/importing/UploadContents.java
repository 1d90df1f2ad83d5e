package org.slant.corpus.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;

/**
 * What the files of one upload hold once read: the documents to store, those left out because an earlier one in the
 * upload has the same text, and every problem found. Reading stops at {@value #MAX_PROBLEMS} problems: a longer
 * list is not read, and one mistake (a wrong delimiter, a renamed field) can make one per line.
 */
final class UploadContents {

    static final int MAX_PROBLEMS = 1000;

    private final List<IncomingDocument> documents = new ArrayList<>();
    private final List<SkippedDocument> duplicates = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, IncomingDocument> bySha256 = new HashMap<>();

    void add(IncomingDocument document) {
        IncomingDocument first = bySha256.putIfAbsent(document.sha256(), document);
        if (first == null) {
            documents.add(document);
        } else {
            duplicates.add(SkippedDocument.of(document.title(), document.place(),
                    Message.of("corpus.import.skipped.same-in-upload", first.place())));
        }
    }

    /** A problem at a place in the upload, both said by key. */
    void problem(Message place, Message said) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(Problem.at(place, said));
        }
    }

    /** A problem whose words are English only (a bad byte's place, which the platform says), at a place by key. */
    void problem(Message place, String english) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(place.english(), english, null, place));
        }
    }

    /** Enough problems to refuse the upload and to show; reading further would only count more. */
    boolean full() {
        return problems.size() >= MAX_PROBLEMS;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<IncomingDocument> documents() {
        return documents;
    }

    List<SkippedDocument> duplicates() {
        return duplicates;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Refuses the whole upload, listing every problem. */
    InvalidInputException refusal() {
        List<Problem> listed = new ArrayList<>(problems);
        if (full()) {
            listed.add(Problem.at(Location.upload(), Message.of("corpus.import.problem.reading-stopped",
                    String.valueOf(MAX_PROBLEMS))));
        }
        int count = problems.size();
        Problem first = problems.getFirst();
        // the count as String: 1000 problems are not "1,000" in English
        Message summary = count == 1
                ? Message.of("corpus.import.refused.one", place(first), said(first))
                : Message.of(full() ? "corpus.import.refused.or-more" : "corpus.import.refused.many",
                        String.valueOf(count), place(first), said(first));
        return new InvalidInputException(summary, listed);
    }

    /** Where a problem is, by key where it has one: a Message argument is said in the reader's language. */
    private static Object place(Problem problem) {
        return problem.place() == null ? problem.where() : problem.place();
    }

    private static Object said(Problem problem) {
        return problem.said() == null ? problem.message() : problem.said();
    }
}
