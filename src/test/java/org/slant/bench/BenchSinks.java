package org.slant.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the benchmarks pour what they download or COPY: counted, never kept, but for a sample of lines or CSV
 * records to check afterwards.
 */
final class BenchSinks {

    private BenchSinks() {
    }

    /** Counts bytes and keeps nothing. */
    static class Counting extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        long bytes() {
            return bytes;
        }
    }

    /**
     * Counts bytes and lines of JSON Lines (a newline ends a line; JSON escapes those inside strings), and keeps every
     * {@code every}-th line (the first, then every {@code every}-th after it) when {@code every} > 0.
     */
    static final class Lines extends Counting {
        private final int every;
        private final List<String> sample = new ArrayList<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private long lines;
        private boolean open;

        Lines(int every) {
            this.every = every;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            int end = off + len;
            int from = off;
            for (int i = off; i < end; i++) {
                if (b[i] == '\n') {
                    if (keeping()) {
                        current.write(b, from, i - from);
                        sample.add(current.toString(StandardCharsets.UTF_8));
                        current.reset();
                    }
                    lines++;
                    open = false;
                    from = i + 1;
                } else {
                    open = true;
                }
            }
            if (keeping() && from < end) {
                current.write(b, from, end - from);
            }
        }

        private boolean keeping() {
            return every > 0 && lines % every == 0;
        }

        /** Lines, the last one counted also when no newline ends it. */
        long lines() {
            return lines + (open ? 1 : 0);
        }

        List<String> sample() {
            return sample;
        }
    }

    /**
     * Counts the records of CSV (RFC 4180: a newline outside quotes ends a record; a doubled quote inside a quoted
     * field toggles twice, so it changes nothing), keeping the first record (the header) and, when {@code every} > 0,
     * every {@code every}-th record after it.
     */
    static final class CsvRecords extends Counting {
        private final int every;
        private final List<String> sample = new ArrayList<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private long records;
        private boolean quoted;
        private boolean open;
        private String header;

        CsvRecords(int every) {
            this.every = every;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            int end = off + len;
            int from = off;
            for (int i = off; i < end; i++) {
                byte c = b[i];
                if (c == '"') {
                    quoted = !quoted;
                    open = true;
                } else if (c == '\n' && !quoted) {
                    if (keeping()) {
                        current.write(b, from, i - from);
                        String record = current.toString(StandardCharsets.UTF_8);
                        if (records == 0) {
                            header = record;
                        } else {
                            sample.add(record);
                        }
                        current.reset();
                    }
                    records++;
                    open = false;
                    from = i + 1;
                } else {
                    open = true;
                }
            }
            if (keeping() && from < end) {
                current.write(b, from, end - from);
            }
        }

        private boolean keeping() {
            return records == 0 || every > 0 && records % every == 0;
        }

        /** Records, the header included, the last one counted also when no newline ends it. */
        long records() {
            return records + (open ? 1 : 0);
        }

        /** Whether the body ended inside a quoted field, which well-formed CSV never does. */
        boolean unbalanced() {
            return quoted;
        }

        String header() {
            return header;
        }

        List<String> sample() {
            return sample;
        }
    }
}
