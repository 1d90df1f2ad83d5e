package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slant.Chromium;

/**
 * The server's word segmentation (ICU4J) beside Chromium's own (Intl.Segmenter) on the seeds and texts in eight
 * languages: they cut Arabic, Hebrew, Persian, Chinese, Japanese, Thai and Ukrainian alike; the one difference is a
 * full stop between letters ("U.S.", "Censor.NET"), where Chromium's patched ICU breaks and UAX #29 does not. That
 * difference is why the annotator snaps to the words the server sends (decision 0035); AnnotateIT checks that it does.
 */
class WordSegmentsIT {

    @Test
    void chromiumSegmentsLikeTheServerButForAFullStopBetweenLetters() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>(MultilingualTexts.TEXTS);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
            }
        }
        try (Chromium chromium = new Chromium(); var context = chromium.browser().newContext()) {
            Page page = context.newPage();
            for (var text : texts.entrySet()) {
                @SuppressWarnings("unchecked")
                List<List<Object>> browser = (List<List<Object>>) page.evaluate("""
                        text => [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)]
                            .map(part => [part.index, part.index + part.segment.length])""", text.getValue());
                List<String> inBrowser = browser.stream().map(segment -> text.getValue().substring(
                        ((Number) segment.get(0)).intValue(), ((Number) segment.get(1)).intValue())).toList();
                List<String> onServer = server(text.getValue());
                assertThat(joinedAtFullStops(inBrowser, onServer)).as(text.getKey()).isEqualTo(onServer);
                if (!List.of("mixed", "004_5133eb4f0deb2e3a.txt", "000_d9a08953758a916b.txt",
                        "001_4fe81ae676792f09.txt", "002_bf805d41d855623e.txt", "003_fcefe6c8ac20c6ea.txt")
                        .contains(text.getKey())) {
                    assertThat(inBrowser).as(text.getKey() + ", without abbreviations").isEqualTo(onServer);
                }
            }
        }
    }

    /** The browser's segments, with those the server keeps as one across a full stop ("U", ".", "S") joined. */
    private static List<String> joinedAtFullStops(List<String> browser, List<String> server) {
        List<String> joined = new ArrayList<>();
        int next = 0;
        for (String word : server) {
            StringBuilder built = new StringBuilder();
            while (next < browser.size() && built.length() < word.length()) {
                built.append(browser.get(next++));
            }
            String piece = built.toString();
            joined.add(piece.equals(word) && !word.equals(browser.get(next - 1)) && !word.contains(".") ? "?" + piece
                    : piece);
        }
        return joined;
    }

    private static List<String> server(String text) {
        List<String> segments = new ArrayList<>();
        BreakIterator words = WordSegments.words(text);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end,
                end = words.next()) {
            segments.add(text.substring(start, end));
        }
        return segments;
    }
}
