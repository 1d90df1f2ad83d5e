package org.slant.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts rows of token categories cheaply: a report meets millions of tokens, so a row (one category per rater) is
 * packed into a long of 16-bit category numbers and counted in a map of longs, and turned into a {@link RatingTally}
 * only once, at the end. Rows of more than four raters, or beyond 65,535 categories, go to the tally directly.
 */
final class TokenTally {

    private static final int BITS = 16;
    private static final int MAX_PACKED_RATERS = 4;
    /** An odd number and its inverse modulo 2^64: multiplying by one and then the other gives the key back. */
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = inverse(MIX);

    private final int raters;
    private final TokenCategories categories;
    /** Mixed key → {packed key, count}. */
    private final Map<Long, long[]> packed = new HashMap<>();
    private final RatingTally unpacked;

    TokenTally(int raters, TokenCategories categories) {
        this.raters = raters;
        this.categories = categories;
        this.unpacked = new RatingTally(raters);
    }

    /** One token's categories, by rater (or sorted, where raters are interchangeable). */
    void add(int[] row) {
        add(1, row);
    }

    void add(long times, int[] row) {
        if (packable(row)) {
            long key = 0;
            for (int id : row) {
                key = (key << BITS) | id;
            }
            // spread the packed bits over the hash (Long's own hash would put many rows in one bucket)
            packed.computeIfAbsent(key * MIX, mixed -> new long[] {mixed * UNMIX, 0})[1] += times;
        } else {
            unpacked.add(times, categories.names(row));
        }
    }

    private boolean packable(int[] row) {
        if (row.length > MAX_PACKED_RATERS) {
            return false;
        }
        for (int id : row) {
            if (id >= 1 << BITS) {
                return false;
            }
        }
        return true;
    }

    RatingTally tally() {
        RatingTally tally = new RatingTally(raters);
        unpacked.rows().forEach((row, count) -> tally.add(count, row.toArray()));
        packed.values().forEach(keyAndCount -> {
            int[] row = new int[raters];
            long rest = keyAndCount[0];
            for (int rater = raters - 1; rater >= 0; rater--) {
                row[rater] = (int) (rest & ((1 << BITS) - 1));
                rest >>>= BITS;
            }
            tally.add(keyAndCount[1], categories.names(row));
        });
        return tally;
    }

    /** Numbers for the categories a report meets: each label combination once. */
    static final class TokenCategories {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        TokenCategories() {
            id(TokenLabels.NONE);
        }

        int id(String category) {
            Integer id = ids.get(category);
            if (id == null) {
                id = names.size();
                ids.put(category, id);
                names.add(category);
            }
            return id;
        }

        Object[] names(int[] row) {
            Object[] named = new Object[row.length];
            for (int i = 0; i < row.length; i++) {
                named[i] = names.get(row[i]);
            }
            return named;
        }
    }

    /** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct bits). */
    private static long inverse(long odd) {
        long inverse = odd;
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }
}
