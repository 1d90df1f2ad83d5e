package org.slant.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlet mask keeps every offset exact: the masked text has as many code points as the stored one, and the same
 * code point wherever nothing is masked. The samples are shared with the TypeScript test
 * (src/test/frontend/outlet-mask.test.ts), which checks that the annotator finds the same words in both.
 */
class OutletMaskTest {

    private static final Path SAMPLES = Path.of("src", "test", "frontend", "outlet-mask-samples.json");

    @Test
    void masksEachSampleAsTheSharedSamplesSay() throws IOException {
        JsonNode samples = JsonMapper.builder().build().readTree(Files.readString(SAMPLES));
        assertThat(samples.size()).isGreaterThanOrEqualTo(7);
        for (JsonNode sample : samples) {
            List<String> outlets = sample.get("outlets").valueStream().map(JsonNode::asString).toList();
            String text = sample.get("text").asString();
            String masked = OutletMask.of(outlets).mask(text);

            assertThat(masked).as(sample.get("name").asString()).isEqualTo(sample.get("masked").asString());
            assertOffsetsKept(text, masked);
        }
    }

    @Test
    void emojiNbspAndCrlfKeepEveryCodePointInPlace() {
        // code points: 0-1 a flag, 3-5 UPI, 6 NBSP, 11 CR, 12 LF, 13-15 UPI, 16 ’, 17 s, 19 😀 (two UTF-16 units)
        String text = "🇺🇦 UPI\u00A0said\r\nUPI’s 😀 e\u0301 UPI 👩🏽‍⚕️ upi";
        String masked = OutletMask.of(List.of("UPI")).mask(text);

        assertOffsetsKept(text, masked);
        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(slice(masked, 0, 2)).isEqualTo("🇺🇦");
        assertThat(slice(masked, 3, 6)).isEqualTo("XXX");
        assertThat(slice(masked, 6, 7)).isEqualTo("\u00A0");
        assertThat(slice(masked, 11, 13)).isEqualTo("\r\n");
        assertThat(slice(masked, 13, 18)).isEqualTo("XXX’s");
        assertThat(slice(masked, 19, 20)).isEqualTo("😀");
        assertThat(masked).endsWith("👩🏽‍⚕️ XXX");
        // a span over the mention and beyond covers the same code points in either text
        assertThat(slice(masked, 3, 11)).isEqualTo("XXX\u00A0said");
        assertThat(slice(text, 3, 11)).isEqualTo("UPI\u00A0said");
    }

    @Test
    void aLetterOutsideTheBasicPlaneBeforeANameMakesItPartOfAnotherWord() {
        String text = "𝐀UPI and UPI𝐀 and UPI.";
        assertThat(OutletMask.of(List.of("UPI")).mask(text)).isEqualTo("𝐀UPI and UPI𝐀 and XXX.");
    }

    @Test
    void aSupplementaryLetterInsideAMentionBecomesOneMaskCharacter() {
        String text = "Read 𝕏 News, then 𝕏 News’ rival.";
        String masked = OutletMask.of(List.of("𝕏 News")).mask(text);

        assertThat(masked).isEqualTo("Read X XXXX, then X XXXX’ rival.");
        assertOffsetsKept(text, masked);
    }

    @Test
    void theFormsOfANameThatAreLookedFor() {
        assertThat(OutletMask.variants("The Washington Times"))
                .containsExactly("The Washington Times", "Washington Times", "TheWashingtonTimes", "WashingtonTimes");
        // one word left without "The" would mask every hill
        assertThat(OutletMask.variants("The Hill")).containsExactly("The Hill", "TheHill");
        assertThat(OutletMask.variants("Censor.NET (as cited by the text)"))
                .containsExactly("Censor.NET (as cited by the text)", "Censor.NET", "Censor.NET(ascitedbythetext)");
        assertThat(OutletMask.variants("  UPI ")).containsExactly("UPI");
        assertThat(OutletMask.variants("X")).isEmpty();
        assertThat(OutletMask.of(List.of("UPI", "Fox News")).names()).containsExactly("Fox News", "FoxNews", "UPI");
    }

    @Test
    void aProjectWithoutOutletsMasksOnlyABylineAndNothingElse() {
        OutletMask none = OutletMask.of(Set.of());
        assertThat(none.mask("NATO met.\nBy Jane Doe\nText.")).isEqualTo("NATO met.\nBy XXXX XXX\nText.");
        assertThat(none.mask("NATO met.")).isEqualTo("NATO met.");
        assertThat(none.mask("")).isEmpty();
        assertThat(none.mask(null)).isNull();
    }

    @Test
    void aBylineIsLookedForOnlyAmongTheFirstFiveLinesThatAreNotBlank() {
        String late = "One\nTwo\n\n\nThree\nFour\nFive\nBy Jane Doe\nText.";
        String early = "One\nTwo\n\n\nThree\nFour\nBy Jane Doe\nText.";
        OutletMask mask = OutletMask.of(List.of());

        assertThat(mask.mask(late)).isEqualTo(late);
        assertThat(mask.mask(early)).isEqualTo("One\nTwo\n\n\nThree\nFour\nBy XXXX XXX\nText.");
        assertThat(mask.mask("BY JANE DOE AND JOHN ROE | ASSOCIATED PRESS\nText."))
                .isEqualTo("BY XXXX XXX XXX XXXX XXX | XXXXXXXXXX XXXXX\nText.");
        assertThat(mask.mask("By One Two Three Four Five Six Seven Eight Nine Ten Eleven\nText."))
                .startsWith("By One Two");
    }

    @Test
    void masksOnlyLettersMarksAndDigits() {
        assertThat(OutletMask.masks('a')).isTrue();
        assertThat(OutletMask.masks('7')).isTrue();
        assertThat(OutletMask.masks(0x0301)).isTrue();
        assertThat(OutletMask.masks("𝐀".codePointAt(0))).isTrue();
        assertThat(OutletMask.masks(' ')).isFalse();
        assertThat(OutletMask.masks('\u00A0')).isFalse();
        assertThat(OutletMask.masks('.')).isFalse();
        assertThat(OutletMask.masks('’')).isFalse();
        assertThat(OutletMask.masks("😀".codePointAt(0))).isFalse();
    }

    @Test
    void aLongTextWithManyOutletsIsMaskedQuickly() {
        List<String> outlets = IntStream.range(0, 300).mapToObj(i -> "Outlet Number " + i + " Daily").toList();
        String paragraph = "The minister told Outlet Number 17 Daily's reporter that talks with 🇺🇦 go on.\r\n";
        String text = paragraph.repeat(20_000);
        OutletMask mask = OutletMask.of(outlets);

        long started = System.nanoTime();
        String masked = mask.mask(text);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertOffsetsKept(text, masked);
        assertThat(masked).startsWith("The minister told XXXXXX XXXXXX XX XXXXX's reporter");
        // about 1.7 million characters; generous, so that a slow shared machine does not fail it
        assertThat(millis).as("milliseconds to mask").isLessThan(10_000);
    }

    /** Same length in code points; every code point kept, or a letter, mark or digit become the mask character. */
    static void assertOffsetsKept(String text, String masked) {
        int[] before = text.codePoints().toArray();
        int[] after = masked.codePoints().toArray();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.length; i++) {
            if (after[i] != before[i]) {
                assertThat(after[i]).as("code point %d", i).isEqualTo((int) OutletMask.MASK_CHARACTER);
                assertThat(OutletMask.masks(before[i])).as("code point %d", i).isTrue();
            }
        }
    }

    /** {@code text[start:end]} as Python slices it: by code point. */
    private static String slice(String text, int start, int end) {
        int[] codePoints = text.codePoints().skip(start).limit(end - start).toArray();
        return new String(codePoints, 0, codePoints.length);
    }
}
