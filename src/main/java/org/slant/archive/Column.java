package org.slant.archive;

/**
 * One column of an archived table, written in the archive under its own name.
 *
 * @param generated numbered by the database that stores the row (the history's event ids): written in the archive
 *     for reference, given a new number on import
 * @param since the first archive format version that has the column; an older archive's rows lack it
 * @param whenAbsent the value (SQL) a row of an older archive, which lacks the column, is stored with
 */
record Column(String name, ColumnType type, boolean nullable, boolean generated, int since, String whenAbsent) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, false, false, 1, null);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, false, 1, null);
    }

    static Column generated(String name, ColumnType type) {
        return new Column(name, type, false, true, 1, null);
    }

    /** The column as one that archives have from {@code version} on; older ones' rows get {@code whenAbsent}. */
    Column since(int version, String whenAbsent) {
        return new Column(name, type, nullable, generated, version, whenAbsent);
    }

    /** Whether archives of the format version have the column. */
    boolean in(int formatVersion) {
        return since <= formatVersion;
    }
}
