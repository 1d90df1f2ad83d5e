package org.slant.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slant.curation.MergeReport.AttributeLeft;
import org.slant.curation.MergeReport.DocumentLeft;
import org.slant.curation.MergeReport.LeftItem;
import org.slant.curation.MergeReport.Listed;

/**
 * Counts what a merge does as it goes, and keeps the first {@value MergeReport#LISTED} entries of each list: an
 * entry beyond them is counted but never made.
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
    private final Capped<LeftItem> left = new Capped<>();
    private final Capped<AttributeLeft> attributes = new Capped<>();
    private final Capped<DocumentLeft> documents = new Capped<>();

    void left(Supplier<LeftItem> item) {
        left.add(item);
    }

    void attributeLeft(Supplier<AttributeLeft> attribute) {
        attributes.add(attribute);
    }

    void curated(UUID documentId, String title) {
        curated++;
        documents.add(() -> new DocumentLeft(documentId, title, "marked curated"));
    }

    void tooFew(UUID documentId, String title, String reason) {
        tooFew++;
        documents.add(() -> new DocumentLeft(documentId, title, reason));
    }

    MergeReport report(UUID projectId, MergeRule rule, List<String> layers) {
        return new MergeReport(projectId, rule.detail(), layers, new MergeReport.Counts(considered, mergedInto,
                curated, tooFew, spans, answers, alreadyInGold, removed, left.total, attributes.total),
                left.listed(), attributes.listed(), documents.listed());
    }

    private static final class Capped<T> {
        private final List<T> items = new ArrayList<>();
        private long total;

        void add(Supplier<T> item) {
            total++;
            if (items.size() < MergeReport.LISTED) {
                items.add(item.get());
            }
        }

        Listed<T> listed() {
            return new Listed<>(List.copyOf(items), total, total > items.size());
        }
    }
}
