package org.slant.corpus.importing;

/**
 * Where a document is in an upload, for problems and reports: "news.jsonl, line 7"; its fields are then
 * "news.jsonl, line 7, field 'published'" (or "column" in a CSV file).
 *
 * @param fieldWord "field" or "column", or null where a document has no fields of its own (a .txt file)
 */
record Location(String where, String fieldWord) {

    static Location ofFile(String where) {
        return new Location(where, null);
    }

    String field(String name) {
        return fieldWord == null ? where : where + ", " + fieldWord + " '" + name + "'";
    }
}
