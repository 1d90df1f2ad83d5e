package org.slant.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slant.curation.MergeReport.AttributeLeft;
import org.slant.curation.MergeReport.DocumentLeft;
import org.slant.curation.MergeReport.LeftItem;
import org.slant.curation.MergeReport.Listed;
import org.slant.platform.Message;

/**
 * Counts what a merge does in one batch of documents, and keeps the first {@value MergeReport#LISTED} entries of
 * each list, if asked to list at all: an entry beyond them is counted but never made (nor the text it quotes read).
 * The batches' tallies add up, in the documents' order, to the report.
 */
final class MergeTally {

    long considered;
    long mergedInto;
    long curated;
    long tooFew;
    long spans;
    long answers;
    long alreadyInGold;
    long removed;
    private final Capped<LeftItem> left;
    private final Capped<AttributeLeft> attributes;
    private final Capped<DocumentLeft> documents = new Capped<>(true);

    /** @param listing whether to list spans, answers and attributes left, or only count them */
    MergeTally(boolean listing) {
        left = new Capped<>(listing);
        attributes = new Capped<>(listing);
    }

    /** Whether spans, answers and attributes left are listed, or only counted. */
    boolean listing() {
        return left.listing;
    }

    void left(Supplier<LeftItem> item) {
        left.add(item);
    }

    void attributeLeft(Supplier<AttributeLeft> attribute) {
        attributes.add(attribute);
    }

    void curated(UUID documentId, String title) {
        curated++;
        documents.add(() -> new DocumentLeft(documentId, title, Message.of("curation.merge-reason.curated")));
    }

    void tooFew(UUID documentId, String title, Message reason) {
        tooFew++;
        documents.add(() -> new DocumentLeft(documentId, title, reason));
    }

    /** Whether these tallies, one after the other, list all that the report will show of spans and attributes. */
    static boolean listsFull(List<MergeTally> tallies) {
        return tallies.stream().mapToLong(tally -> tally.left.items.size()).sum() >= MergeReport.LISTED
                && tallies.stream().mapToLong(tally -> tally.attributes.items.size()).sum() >= MergeReport.LISTED;
    }

    /** The report of the batches' tallies, in the order of their documents. */
    static MergeReport report(UUID projectId, MergeRule rule, List<String> layers, List<MergeTally> tallies) {
        MergeReport.Counts counts = new MergeReport.Counts(sum(tallies, tally -> tally.considered),
                sum(tallies, tally -> tally.mergedInto), sum(tallies, tally -> tally.curated),
                sum(tallies, tally -> tally.tooFew), sum(tallies, tally -> tally.spans),
                sum(tallies, tally -> tally.answers), sum(tallies, tally -> tally.alreadyInGold),
                sum(tallies, tally -> tally.removed), sum(tallies, tally -> tally.left.total),
                sum(tallies, tally -> tally.attributes.total));
        return new MergeReport(projectId, rule.detail(), layers, counts, listed(tallies, tally -> tally.left),
                listed(tallies, tally -> tally.attributes), listed(tallies, tally -> tally.documents));
    }

    private static long sum(List<MergeTally> tallies, Function<MergeTally, Long> count) {
        return tallies.stream().mapToLong(count::apply).sum();
    }

    private static <T> Listed<T> listed(List<MergeTally> tallies, Function<MergeTally, Capped<T>> list) {
        List<T> items = tallies.stream().flatMap(tally -> list.apply(tally).items.stream())
                .limit(MergeReport.LISTED).toList();
        long total = sum(tallies, tally -> list.apply(tally).total);
        return new Listed<>(items, total, total > items.size());
    }

    private static final class Capped<T> {
        private final boolean listing;
        private final List<T> items = new ArrayList<>();
        private long total;

        Capped(boolean listing) {
            this.listing = listing;
        }

        void add(Supplier<T> item) {
            total++;
            if (listing && items.size() < MergeReport.LISTED) {
                items.add(item.get());
            }
        }
    }
}
