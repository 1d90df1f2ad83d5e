package org.slant.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slant.annotation.query.ComparableWork.AnnotatorWork;

/**
 * How far the annotators who marked a document done agree on it, as the curation queue orders by it (docs/curation.md).
 * Each annotator's work is the set of what they marked: spans as (label, start, end), answers as their label (a label
 * names its layer). For a pair of annotators, F1 = 2 |A ∩ B| / (|A| + |B|), 1 when neither marked anything; the
 * document's agreement is the mean over all pairs. Unanimous: every one of them marked exactly the same spans and
 * answers with the same attribute values, so gold can be any one's work.
 *
 * @param agreement null when fewer than two annotators marked the document done
 */
record DocumentAgreement(Double agreement, boolean unanimous) {

    static final DocumentAgreement UNDEFINED = new DocumentAgreement(null, false);

    private static final Comparator<Marked> ORDER = Comparator.comparingInt(Marked::label)
            .thenComparingInt(Marked::start).thenComparingInt(Marked::end).thenComparingLong(Marked::values);

    /** @param done the work of those who marked the document done */
    static DocumentAgreement of(List<AnnotatorWork> done) {
        if (done.size() < 2) {
            return UNDEFINED;
        }
        List<Set<Item>> items = new ArrayList<>();
        List<List<Marked>> marked = new ArrayList<>();
        for (AnnotatorWork work : done) {
            List<Marked> theirs = marked(work);
            marked.add(theirs);
            Set<Item> set = new HashSet<>();
            theirs.forEach(one -> set.add(new Item(one.label(), one.start(), one.end())));
            items.add(set);
        }
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                sum += f1(items.get(a), items.get(b));
                pairs++;
            }
        }
        boolean unanimous = marked.stream().allMatch(marked.getFirst()::equals);
        return new DocumentAgreement(sum / pairs, unanimous);
    }

    static double f1(Set<Item> a, Set<Item> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int both = 0;
        for (Item item : a) {
            if (b.contains(item)) {
                both++;
            }
        }
        return 2.0 * both / (a.size() + b.size());
    }

    /** Everything the annotator marked, sorted, so that two annotators' lists are equal when their work is. */
    private static List<Marked> marked(AnnotatorWork work) {
        List<Marked> marked = new ArrayList<>(work.spanLabels().length + work.answerLabels().length);
        for (int i = 0; i < work.spanLabels().length; i++) {
            marked.add(new Marked(work.spanLabels()[i], work.starts()[i], work.ends()[i], work.spanValues()[i]));
        }
        for (int i = 0; i < work.answerLabels().length; i++) {
            marked.add(new Marked(work.answerLabels()[i], -1, -1, work.answerValues()[i]));
        }
        marked.sort(ORDER);
        return marked;
    }

    /** A span (an answer has no offsets: -1) as F1 compares it. */
    record Item(int label, int start, int end) {
    }

    /** A span or answer with a hash of its attribute values, as unanimity compares it. */
    private record Marked(int label, int start, int end, long values) {
    }
}
