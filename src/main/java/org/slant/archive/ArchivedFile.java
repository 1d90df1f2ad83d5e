package org.slant.archive;

/**
 * What the manifest says of one file of the archive.
 *
 * @param sha256 of the file's bytes, as lower-case hex
 */
record ArchivedFile(long bytes, String sha256) {
}
