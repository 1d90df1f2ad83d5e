package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * One article of a PTC upload while its labels are read.
 *
 * @param text the text as Slant stores it, without a byte order mark
 * @param byteOrderMark whether the file starts with one, which its labels' offsets count
 * @param length the text's length in code points
 * @param spans the spans read so far, offsets already into {@code text}
 */
record PtcArticle(String id, UploadedFile file, String text, boolean byteOrderMark, int length,
        List<ImportedSpan> spans) {

    PtcArticle(String id, UploadedFile file, String text, boolean byteOrderMark, int length) {
        this(id, file, text, byteOrderMark, length, new ArrayList<>());
    }

    /** The offsets' shift: the labels count the mark, the stored text does not have it. */
    int shift() {
        return byteOrderMark ? 1 : 0;
    }
}
