package org.slant.corpus.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slant.corpus.importing.ImportResult.SkippedDocument;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;

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
            duplicates.add(new SkippedDocument(document.title(), document.where(),
                    "the same text as " + first.where() + " in this upload"));
        }
    }

    void problem(String where, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(where, message));
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
            listed.add(new Problem("upload", "reading stopped after " + MAX_PROBLEMS + " problems; there may be "
                    + "more after them"));
        }
        int count = problems.size();
        String summary = "Nothing was imported: the upload has " + (count == 1 ? "1 problem" : count
                + (full() ? " or more problems" : " problems")) + ". " + problems.getFirst();
        return new InvalidInputException(summary, listed);
    }
}
