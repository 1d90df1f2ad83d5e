package org.slant.archive;

/**
 * One column of an archived table, written in the archive under its own name.
 *
 * @param generated numbered by the database that stores the row (the history's event ids): written in the archive
 *     for reference, given a new number on import
 */
record Column(String name, ColumnType type, boolean nullable, boolean generated) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, false, false);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, false);
    }

    static Column generated(String name, ColumnType type) {
        return new Column(name, type, false, true);
    }
}
