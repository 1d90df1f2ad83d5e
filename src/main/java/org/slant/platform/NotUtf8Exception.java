package org.slant.platform;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/** Bytes that are not UTF-8, with where the first bad one is, so the user can find it. */
public class NotUtf8Exception extends CharacterCodingException {

    private final long byteOffset;
    private final long line;
    private final int badByte;

    public NotUtf8Exception(long byteOffset, long line, int badByte) {
        this.byteOffset = byteOffset;
        this.line = line;
        this.badByte = badByte;
    }

    public long byteOffset() {
        return byteOffset;
    }

    public long line() {
        return line;
    }

    @Override
    public String getMessage() {
        return String.format(Locale.ROOT, "not UTF-8: the byte 0x%02X at byte offset %d (line %d) is not valid "
                + "UTF-8; save the file as UTF-8 and import it again", badByte, byteOffset, line);
    }
}
