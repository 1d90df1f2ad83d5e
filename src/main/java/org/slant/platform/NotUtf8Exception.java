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
        return said().english();
    }

    /** The problem by key, for the reader's language; the numbers as they are, never grouped. */
    public Message said() {
        return Message.of("platform.refusal.not-utf8", String.format(Locale.ROOT, "0x%02X", badByte),
                String.valueOf(byteOffset), String.valueOf(line));
    }
}
