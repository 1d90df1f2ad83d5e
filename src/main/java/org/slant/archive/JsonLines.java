package org.slant.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.slant.platform.Message;
import org.slant.platform.StrictUtf8;

/**
 * Reads an archive's file line by line as strict UTF-8, refusing a line longer than a limit rather than holding it
 * in memory: an archive is data from outside, however it was made.
 */
final class JsonLines {

    /** Longer than any article Slant imports (2 MB by default), short enough to hold a few in memory. */
    static final int MAX_LINE_CHARS = 32 * 1024 * 1024;

    private final Reader reader;
    private final int maxLineChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long number;

    JsonLines(InputStream in) {
        this(in, MAX_LINE_CHARS);
    }

    JsonLines(InputStream in, int maxLineChars) {
        this.reader = StrictUtf8.reader(in);
        this.maxLineChars = maxLineChars;
    }

    /**
     * The next line without its line break, or null at the end.
     *
     * @throws org.slant.platform.NotUtf8Exception where the bytes are not UTF-8 (naming the byte and line)
     * @throws LineTooLongException for a line longer than the limit
     */
    String next() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit) {
                limit = Math.max(reader.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    if (line == null) {
                        return null;
                    }
                    number++;
                    return line.toString();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line == null) {
                line = new StringBuilder();
            }
            line.append(buffer, start, position - start);
            if (line.length() > maxLineChars) {
                throw new LineTooLongException(number + 1, maxLineChars);
            }
            if (position < limit) {
                position++;
                number++;
                return line.toString();
            }
        }
    }

    /** The number of the line {@link #next()} answered last, from 1. */
    long number() {
        return number;
    }

    /** Everything left, lines joined again; for the files that hold one JSON document. */
    String rest() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String line; (line = next()) != null; ) {
            if (all.length() + line.length() > maxLineChars) {
                throw new LineTooLongException(number, maxLineChars);
            }
            all.append(line).append('\n');
        }
        return all.toString();
    }

    static final class LineTooLongException extends IOException {

        private final transient Message said;

        LineTooLongException(long line, int maxLineChars) {
            this(Message.of("archive.check.line-too-long", String.valueOf(line), String.valueOf(maxLineChars)));
        }

        private LineTooLongException(Message said) {
            super(said.english());
            this.said = said;
        }

        /** The same in each reader's language. */
        Message said() {
            return said;
        }
    }
}
