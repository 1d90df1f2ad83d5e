package org.slant.annotation.query;

import java.sql.Array;
import java.sql.SQLException;

/** SQL arrays as Java's own: the queries aggregate a document's work into arrays; null (none) reads as empty. */
final class SqlArrays {

    private SqlArrays() {
    }

    static int[] ints(Array array) throws SQLException {
        if (array == null) {
            return new int[0];
        }
        Integer[] values = (Integer[]) array.getArray();
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = values[i];
        }
        return ints;
    }

    static long[] longs(Array array) throws SQLException {
        if (array == null) {
            return new long[0];
        }
        Long[] values = (Long[]) array.getArray();
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return longs;
    }

    static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
