package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.dkpro.statistics.agreement.AnnotationUnit;
import org.dkpro.statistics.agreement.IAnnotationUnit;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationItem;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationStudy;

/**
 * A {@link RatingTally} shown to DKPro's coding measures as the study it stands for: each distinct row appears as many
 * times as it was counted, as one shared item object handed out again and again, so five million tokens cost four
 * items, not five million. DKPro's Cohen's and Fleiss' kappa and Krippendorff's alpha read a study through
 * getItems, getItemCount, getRaterCount, getCategories, getCategoryCount and hasMissingValues; the rest answers as
 * {@link org.dkpro.statistics.agreement.coding.CodingAnnotationStudy} would. Raters are named "0", "1", ... like
 * there.
 */
final class TalliedStudy implements ICodingAnnotationStudy {

    private static final long serialVersionUID = 1L;

    private final int raters;
    private final List<Item> items = new ArrayList<>();
    private final long[] cumulative;
    private final int itemCount;
    private final Set<Object> categories = new LinkedHashSet<>();

    /** The rows of {@code tally} that {@code keep} accepts. */
    TalliedStudy(RatingTally tally, RowFilter keep) {
        this.raters = tally.raters();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<List<Object>, Long> row : tally.rows().entrySet()) {
            if (keep.accepts(row.getKey())) {
                items.add(new Item(row.getKey()));
                counts.add(row.getValue());
                row.getKey().stream().filter(Objects::nonNull).forEach(categories::add);
            }
        }
        cumulative = new long[counts.size()];
        long total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += counts.get(i);
            cumulative[i] = total;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(total + " units are more than DKPro's studies can count ("
                    + Integer.MAX_VALUE + ")");
        }
        itemCount = (int) total;
    }

    /** The distinct items, each once: for what does not depend on how often a row occurred. */
    List<? extends ICodingAnnotationItem> distinctItems() {
        return items;
    }

    @Override
    public int getRaterCount() {
        return raters;
    }

    @Override
    public int findRater(String name) {
        for (int r = 0; r < raters; r++) {
            if (Integer.toString(r).equals(name)) {
                return r;
            }
        }
        return -1;
    }

    @Override
    public Iterable<Object> getCategories() {
        return categories;
    }

    @Override
    public int getCategoryCount() {
        return categories.size();
    }

    @Override
    public boolean isDichotomous() {
        return categories.size() == 2;
    }

    @Override
    public boolean hasMissingValues() {
        return items.stream().anyMatch(item -> item.getRaterCount() != raters);
    }

    @Override
    public ICodingAnnotationItem getItem(int index) {
        if (index < 0 || index >= itemCount) {
            throw new IndexOutOfBoundsException(index);
        }
        int found = Arrays.binarySearch(cumulative, index + 1L);
        return items.get(found >= 0 ? found : -found - 1);
    }

    @Override
    public Iterable<ICodingAnnotationItem> getItems() {
        return () -> new Iterator<>() {
            private int item;
            private long passed;

            @Override
            public boolean hasNext() {
                return passed < itemCount;
            }

            @Override
            public ICodingAnnotationItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                while (passed >= cumulative[item]) {
                    item++;
                }
                passed++;
                return items.get(item);
            }
        };
    }

    @Override
    public int getItemCount() {
        return itemCount;
    }

    /** Ratings given, as in CodingAnnotationStudy: each item's non-null ratings, summed over all items. */
    @Override
    public int getUnitCount() {
        long units = 0;
        long previous = 0;
        for (int i = 0; i < items.size(); i++) {
            units += (cumulative[i] - previous) * items.get(i).getRaterCount();
            previous = cumulative[i];
        }
        return Math.toIntExact(units);
    }

    @FunctionalInterface
    interface RowFilter {
        boolean accepts(List<Object> row);
    }

    /** One distinct row: a unit per rater, null category where the rater gave none, as CodingAnnotationItem has. */
    private static final class Item implements ICodingAnnotationItem {

        private static final long serialVersionUID = 1L;

        private final List<IAnnotationUnit> units = new ArrayList<>();
        private final int rated;

        Item(List<Object> row) {
            for (int r = 0; r < row.size(); r++) {
                units.add(new AnnotationUnit(r, row.get(r)));
            }
            rated = (int) row.stream().filter(Objects::nonNull).count();
        }

        @Override
        public IAnnotationUnit getUnit(int rater) {
            return units.get(rater);
        }

        @Override
        public Iterable<IAnnotationUnit> getUnits() {
            return units;
        }

        /** As in CodingAnnotationItem: the raters who gave a category. */
        @Override
        public int getRaterCount() {
            return rated;
        }
    }
}
