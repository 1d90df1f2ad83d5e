package org.slant.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens in code points, whitespace left out, punctuation kept. */
class TokensTest {

    /**
     * The emoji and its skin-tone modifier are two code points (four UTF-16 units); "there" starts at code point 6,
     * where a UTF-16 offset would say 8. The emoji with its modifier is one token, as is a flag (two regional
     * indicators), though the JDK's word breaker alone would cut both apart.
     */
    @Test
    void offsetsAreCodePointsAcrossEmoji() {
        String text = "Hi 👋🏽 there";
        assertThat(text.indexOf("there")).isEqualTo(8);
        assertThat(Tokens.of(text)).containsExactly(0, 2, 3, 5, 6, 11);
        assertThat(Tokens.of("in 🇺🇦.")).containsExactly(0, 2, 3, 5, 5, 6);
    }

    @Test
    void noBreakSpacesAndLineEndsAreNotTokens() {
        assertThat(Tokens.of("a\u00A0b\r\nc")).containsExactly(0, 1, 2, 3, 5, 6);
        assertThat(Tokens.of(" \u00A0\r\n\t")).isEmpty();
        assertThat(Tokens.of("")).isEmpty();
    }

    @Test
    void punctuationMarksAreTokens() {
        assertThat(Tokens.of("Stop, now!")).containsExactly(0, 4, 4, 5, 6, 9, 9, 10);
        assertThat(Tokens.of("\"Don't\"")).containsExactly(0, 1, 1, 6, 6, 7);
    }
}
