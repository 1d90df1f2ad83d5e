package org.slant.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 strictly: a byte sequence that is not UTF-8 stops the reading with the offset of its first byte,
 * instead of being replaced by U+FFFD as a lenient decoder would do (which would change the text without a word).
 * A byte order mark at the start is dropped; everything else, line endings included, is kept as it is. Imports of
 * texts and project archives read through it alike.
 */
public final class StrictUtf8 {

    private static final int BUFFER_BYTES = 1 << 16;

    private StrictUtf8() {
    }

    /** The whole text of {@code bytes}. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        StringBuilder text = new StringBuilder(bytes.length);
        char[] chunk = new char[BUFFER_BYTES];
        try (Reader reader = new StrictReader(new ByteArrayInputStream(bytes), bytes.length)) {
            for (int read; (read = reader.read(chunk)) != -1; ) {
                text.append(chunk, 0, read);
            }
        } catch (NotUtf8Exception e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Reading bytes in memory cannot fail", e);
        }
        return text.toString();
    }

    /** A reader of {@code in} that throws {@link NotUtf8Exception} at the first byte that is not UTF-8. */
    public static Reader reader(InputStream in) {
        return new StrictReader(in, BUFFER_BYTES);
    }

    private static final class StrictReader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        /** Bytes read but not yet decoded, in read mode (position..limit). */
        private final ByteBuffer bytes;
        /** Bytes of the input that came before {@code bytes}' index 0. */
        private long bytesBefore;
        /** Line feeds decoded so far, for the line number of a bad byte. */
        private long lineFeeds;
        private boolean endOfInput;
        private boolean started;
        private boolean finished;

        StrictReader(InputStream in, int bufferBytes) {
            this.in = in;
            this.bytes = ByteBuffer.allocate(Math.max(16, Math.min(bufferBytes, BUFFER_BYTES))).flip();
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!started) {
                started = true;
                // a stream may hand out its first bytes one at a time: a mark split across reads is still a mark
                while (bytes.remaining() < 3 && !endOfInput) {
                    fill();
                }
                dropByteOrderMark();
            }
            if (finished) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            while (out.position() == offset) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    countLineFeeds(target, offset, out.position());
                    throw new NotUtf8Exception(bytesBefore + bytes.position(), lineFeeds + 1,
                            bytes.get(bytes.position()) & 0xFF);
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfInput) {
                    decoder.flush(out);
                    finished = true;
                    break;
                }
                fill();
            }
            int read = out.position() - offset;
            countLineFeeds(target, offset, out.position());
            return read == 0 && finished ? -1 : read;
        }

        private void dropByteOrderMark() {
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                    && (bytes.get(2) & 0xFF) == 0xBF) {
                bytes.position(3);
            }
        }

        /** Reads more input behind the bytes not yet decoded; notes the end of the input. */
        private void fill() throws IOException {
            bytesBefore += bytes.position();
            bytes.compact();
            try {
                // keep reading until the buffer has something new or the input ends: a short read is no end
                while (bytes.hasRemaining()) {
                    int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                    if (read == -1) {
                        endOfInput = true;
                        break;
                    }
                    bytes.position(bytes.position() + read);
                    if (read > 0) {
                        break;
                    }
                }
            } finally {
                bytes.flip();
            }
        }

        private void countLineFeeds(char[] chars, int from, int to) {
            for (int i = from; i < to; i++) {
                if (chars[i] == '\n') {
                    lineFeeds++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
