package org.slant.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

public class StrictUtf8Test {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void dropsAByteOrderMarkAndKeepsEverythingElseExactly() throws Exception {
        String text = "Line one\r\nLine two\n\u00A0Zelenskyy \uD83C\uDDFA\uD83C\uDDE6 S\u00E3o Paulo\r\n";
        byte[] bytes = concat(BOM, text.getBytes(StandardCharsets.UTF_8));
        assertThat(StrictUtf8.decode(bytes)).isEqualTo(text);
        assertThat(readAll(StrictUtf8.reader(new ByteArrayInputStream(bytes)))).isEqualTo(text);
    }

    @Test
    void dropsAByteOrderMarkThatArrivesOneByteAtATime() throws Exception {
        byte[] bytes = concat(BOM, "Slow.".getBytes(StandardCharsets.UTF_8));
        InputStream trickle = new ByteArrayInputStream(bytes) {

            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
        assertThat(readAll(StrictUtf8.reader(trickle))).isEqualTo("Slow.");
    }

    @Test
    void keepsAByteOrderMarkThatIsNotAtTheStart() throws Exception {
        byte[] bytes = concat("a".getBytes(StandardCharsets.UTF_8), BOM);
        assertThat(StrictUtf8.decode(bytes)).isEqualTo("a\uFEFF");
    }

    @Test
    void namesTheOffsetAndLineOfTheFirstBadByte() {
        // "café" in Latin-1: é is the single byte 0xE9 at offset 13, on line 2
        byte[] bytes = concat("first line\nca".getBytes(StandardCharsets.UTF_8), new byte[] {'f', (byte) 0xE9, '!'});
        assertThatThrownBy(() -> StrictUtf8.decode(bytes)).isInstanceOfSatisfying(NotUtf8Exception.class, e -> {
            assertThat(e.byteOffset()).isEqualTo(14);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).isEqualTo("not UTF-8: the byte 0xE9 at byte offset 14 (line 2) is not valid "
                    + "UTF-8; save the file as UTF-8 and import it again");
        });
    }

    @Test
    void countsTheByteOrderMarkInTheOffset() {
        byte[] bytes = concat(BOM, new byte[] {'a', (byte) 0xFF});
        assertThatThrownBy(() -> StrictUtf8.decode(bytes)).isInstanceOfSatisfying(NotUtf8Exception.class,
                e -> assertThat(e.byteOffset()).isEqualTo(4));
    }

    @Test
    void refusesASequenceCutOffAtTheEnd() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat("ab".getBytes(StandardCharsets.UTF_8), new byte[] {euro[0], euro[1]});
        assertThatThrownBy(() -> StrictUtf8.decode(bytes)).isInstanceOfSatisfying(NotUtf8Exception.class,
                e -> assertThat(e.byteOffset()).isEqualTo(2));
    }

    @Test
    void refusesEncodedSurrogatesAndOverlongForms() {
        byte[] surrogate = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThatThrownBy(() -> StrictUtf8.decode(surrogate)).isInstanceOfSatisfying(NotUtf8Exception.class,
                e -> assertThat(e.byteOffset()).isEqualTo(1));
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        assertThatThrownBy(() -> StrictUtf8.decode(overlongSlash)).isInstanceOfSatisfying(NotUtf8Exception.class,
                e -> assertThat(e.byteOffset()).isZero());
    }

    @Test
    void findsABadByteFarIntoAStreamAcrossBufferBoundaries() {
        // many buffers of text with multi-byte characters, so sequences straddle the reader's buffer edges
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String line = "Łódź – Müller said “yes” \uD83D\uDC4D\n";
        int lines = 20_000;
        for (int i = 0; i < lines; i++) {
            bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        long offset = bytes.size();
        bytes.write(0x80);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes.toByteArray());
        assertThatThrownBy(() -> readAll(StrictUtf8.reader(in))).isInstanceOfSatisfying(NotUtf8Exception.class, e -> {
            assertThat(e.byteOffset()).isEqualTo(offset);
            assertThat(e.line()).isEqualTo(lines + 1);
        });
    }

    @Test
    void readsALongStreamExactly() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            text.append(i).append(" naïve café ☕ \uD83C\uDDEB\uD83C\uDDF7\r\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(StrictUtf8.reader(new ByteArrayInputStream(bytes)))).isEqualTo(text.toString());
    }

    @Test
    void readsNothingFromNothing() throws Exception {
        assertThat(StrictUtf8.decode(new byte[0])).isEmpty();
        assertThat(StrictUtf8.decode(BOM)).isEmpty();
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        return out.toString();
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
