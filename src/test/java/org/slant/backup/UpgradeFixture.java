package org.slant.backup;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * An installation's database at an older schema, with a study in it (src/test/resources/db/fixtures, decision 0030):
 * the plain SQL dump and, beside it, what that installation answered then, for the upgraded one to answer alike.
 *
 * @param schemaVersion the last Flyway migration the dump had
 * @param madeFrom the commit whose Slant made it
 * @param rowCounts rows of each table then
 * @param carol an annotator whose document {@code carolsDocument} is in progress, so she may save on it
 * @param token the admin's personal access token in the dump
 */
record UpgradeFixture(int schemaVersion, String madeFrom, UUID projectId, UUID flagDocument, UUID frameLayer,
        String carol, UUID carolsDocument, String token, Map<String, Integer> rowCounts, StudyResults results) {

    static final Path FOLDER = Path.of("src/test/resources/db/fixtures");

    /** The one made from the schema of V16. */
    static final String V16_STUDY = "v16-study";

    static Path dump(String name) {
        return FOLDER.resolve(name + ".sql");
    }

    static Path expected(String name) {
        return FOLDER.resolve(name + ".expected.json");
    }
}
