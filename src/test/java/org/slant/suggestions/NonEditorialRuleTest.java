package org.slant.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slant.suggestions.QuotationRuleTest.python;
import static org.slant.suggestions.QuotationRuleTest.seed;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Promo headlines and page furniture, line by line. */
class NonEditorialRuleTest {

    @Test
    void eachKindOfLine() {
        String text = String.join("\n", "The talks ended on Wednesday.",
                "BIDEN ADMIN BACKS UKRAINE AHEAD OF NATO, RUSSIA SUMMIT",
                "CLICK HERE TO GET THE FOX NEWS APP",
                "  Advertisement  ",
                "Read more: Russia and NATO meet in Brussels",
                "Follow us on Twitter and Facebook",
                "Sign up for our morning newsletter",
                "Please read our comment policy before commenting.",
                "Troops near the border. Photo courtesy Russian Defense Ministry via EPA-EFE",
                "Latest Headlines");

        assertThat(found(text)).containsExactly(
                "Promo headline: BIDEN ADMIN BACKS UKRAINE AHEAD OF NATO, RUSSIA SUMMIT",
                "App promo: CLICK HERE TO GET THE FOX NEWS APP",
                "Advertisement: Advertisement",
                "Related links: Read more: Russia and NATO meet in Brussels",
                "Boilerplate: Follow us on Twitter and Facebook",
                "App promo: Sign up for our morning newsletter",
                "Boilerplate: Please read our comment policy before commenting.",
                "Caption: Troops near the border. Photo courtesy Russian Defense Ministry via EPA-EFE",
                "Related links: Latest Headlines");
    }

    @Test
    void nearMissesAreNotProposed() {
        String text = String.join("\n", "US, UK", "NATO", "Read more about it in the report.",
                "Advertisement campaigns were discussed at length.", "Biden Admin Backs Ukraine Ahead Of Summit",
                "He said he would follow us on the matter.", "Related concerns were raised by Poland.",
                "The photo by the pool was taken in 2021, officials said, and shows the minister.");

        assertThat(found(text)).isEmpty();
    }

    @Test
    void offsetsAreCodePointsWithEmojiNbspAndCrlf() {
        String text = "Intro 😀 text.\r\n\u00A0BIDEN ADMIN BACKS UKRAINE 🇺🇦\u00A0\r\n\r\nAdvertisement\r\n";

        List<Proposal> proposals = NonEditorialRule.propose(text);

        assertThat(proposals).extracting(proposal -> python(text, proposal.start(), proposal.end()))
                .containsExactly("BIDEN ADMIN BACKS UKRAINE 🇺🇦", "Advertisement");
        // "Intro 😀 text." is 13 code points, CRLF two more, then the NBSP
        assertThat(proposals.getFirst().start()).isEqualTo(16);
    }

    @Test
    void theSeeds() throws IOException {
        assertThat(found(seed("000_d9a08953758a916b.txt"))).containsExactly(
                "Promo headline: BIDEN ADMIN BACKS UKRAINE AHEAD OF NATO, RUSSIA SUMMIT",
                "Promo headline: SEC. BLINKEN GIVES RUSSIA TWO CHOICES AHEAD OF TALKS IN GENEVA: 'MASSIVE "
                        + "CONSEQUENCES'",
                "App promo: CLICK HERE TO GET THE FOX NEWS APP");
        assertThat(found(seed("003_fcefe6c8ac20c6ea.txt"))).contains("Advertisement: Advertisement",
                "Related links: Latest Headlines").hasSize(6);
        assertThat(found(seed("002_bf805d41d855623e.txt"))).containsExactly(
                "Boilerplate: • David R. Sands can be reached at dsands@washingtontimes.com.",
                "Boilerplate: Please read our comment policy before commenting.");
        assertThat(found(seed("001_4fe81ae676792f09.txt"))).isEmpty();
    }

    private static List<String> found(String text) {
        return NonEditorialRule.propose(text).stream().map(proposal -> proposal.label() + ": "
                + python(text, proposal.start(), proposal.end())).toList();
    }
}
