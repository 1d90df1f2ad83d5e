package org.slant.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void splitsOnLineFeedsOnlyAndKeepsTheLastLineWithoutOne() throws IOException {
        assertThat(lines("{\"a\":1}\n{\"b\":\"x\\r\\ny\"}\r\n🇺🇦")).containsExactly("{\"a\":1}",
                "{\"b\":\"x\\r\\ny\"}\r", "🇺🇦");
        assertThat(lines("one\n")).containsExactly("one");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void countsLinesFromOne() throws IOException {
        JsonLines lines = new JsonLines(in("a\n\nc".getBytes(StandardCharsets.UTF_8)));
        lines.next();
        lines.next();
        assertThat(lines.next()).isEqualTo("c");
        assertThat(lines.number()).isEqualTo(3);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        JsonLines lines = new JsonLines(in(new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'}));
        assertThatThrownBy(() -> {
            while (lines.next() != null) {
                continue;
            }
        }).isInstanceOf(CharacterCodingException.class)
                .hasMessageContaining("the byte 0xC3 at byte offset 3 (line 2) is not valid UTF-8");
    }

    @Test
    void refusesALineLongerThanTheLimitWithoutReadingItWhole() {
        JsonLines lines = new JsonLines(in(("short\n" + "x".repeat(100)).getBytes(StandardCharsets.UTF_8)), 50);
        assertThatThrownBy(() -> {
            while (lines.next() != null) {
                continue;
            }
        }).isInstanceOf(JsonLines.LineTooLongException.class).hasMessageContaining("line 2");
    }

    private static List<String> lines(String text) throws IOException {
        JsonLines lines = new JsonLines(in(text.getBytes(StandardCharsets.UTF_8)));
        List<String> all = new ArrayList<>();
        for (String line; (line = lines.next()) != null; ) {
            all.add(line);
        }
        return all;
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
