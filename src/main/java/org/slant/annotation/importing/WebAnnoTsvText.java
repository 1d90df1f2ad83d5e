package org.slant.annotation.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slant.annotation.importing.WebAnnoTsvFormat.Sentence;
import org.slant.annotation.importing.WebAnnoTsvFormat.Token;
import org.slant.platform.Message;

/**
 * The document's text rebuilt from a TSV file, which keeps it only as sentences ({@code #Text=} lines) and tokens
 * with offsets into the original. Every token is put at its offsets; a sentence's text is put from its first token
 * on when every token of it is found there (so the spaces, NBSPs and line breaks inside a sentence are the
 * original's); what neither covers is filled with spaces inside a sentence and line breaks between sentences, where
 * the original's white space is not in the file. The offsets are UTF-16, as INCEpTION's are.
 */
final class WebAnnoTsvText {

    private static final byte NOTHING = 0;
    private static final byte SENTENCE = 1;
    private static final byte TOKEN = 2;

    private WebAnnoTsvText() {
    }

    /** The text, or {@code null} with problems when tokens contradict each other. */
    static String rebuild(List<Sentence> sentences, String where, ImportProblems problems) {
        List<Placed> placed = new ArrayList<>();
        int length = 0;
        for (Sentence sentence : sentences) {
            if (sentence.tokens().isEmpty()) {
                continue; // a sentence without tokens has no offset to put it at
            }
            int begin = sentence.tokens().stream().mapToInt(Token::begin).min().orElseThrow();
            int end = sentence.tokens().stream().mapToInt(Token::end).max().orElseThrow();
            String text = matching(sentence, begin);
            if (text != null) {
                end = Math.max(end, begin + text.length());
            }
            placed.add(new Placed(sentence, begin, end, text));
            length = Math.max(length, end);
        }
        char[] chars = new char[length];
        byte[] from = new byte[length];
        int[] tokenLine = new int[length];
        for (Placed sentence : placed) {
            if (sentence.text() != null) {
                for (int i = 0; i < sentence.text().length(); i++) {
                    chars[sentence.begin() + i] = sentence.text().charAt(i);
                    from[sentence.begin() + i] = SENTENCE;
                }
            }
        }
        boolean contradicted = false;
        for (Placed sentence : placed) {
            for (Token token : sentence.sentence().tokens()) {
                for (int i = 0; i < token.text().length(); i++) {
                    int at = token.begin() + i;
                    char c = token.text().charAt(i);
                    if (from[at] == TOKEN && chars[at] != c) {
                        problems.add(Message.of("annotation.place.tsv.column", Place.lineOf(where, token.line()), "2",
                                "offsets"), Message.of("annotation.problem.tsv.overlapping-token",
                                WebAnnoTsvFormat.abbreviate(token.text()), String.valueOf(token.begin()),
                                String.valueOf(token.end()), String.valueOf(tokenLine[at])));
                        contradicted = true;
                        break;
                    }
                    chars[at] = c;
                    from[at] = TOKEN;
                    tokenLine[at] = token.line();
                }
            }
        }
        if (contradicted) {
            return null;
        }
        boolean[] inside = new boolean[length];
        for (Placed sentence : placed) {
            for (int i = sentence.begin(); i < sentence.end(); i++) {
                inside[i] = true;
            }
        }
        for (int i = 0; i < length; i++) {
            if (from[i] == NOTHING) {
                chars[i] = inside[i] ? ' ' : '\n';
            }
        }
        return new String(chars);
    }

    /**
     * The sentence's text if every token is found in it at its offset: its {@code #Text=} lines joined with a line
     * break (or CRLF), as written or unescaped.
     */
    private static String matching(Sentence sentence, int begin) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String separator : List.of("\n", "\r\n")) {
            String joined = String.join(separator, sentence.textLines());
            candidates.add(joined);
            candidates.add(WebAnnoTsvEscaping.unescape(joined));
        }
        for (String candidate : candidates) {
            boolean fits = sentence.tokens().stream().allMatch(token -> token.begin() - begin + token.text().length()
                    <= candidate.length() && candidate.startsWith(token.text(), token.begin() - begin));
            if (fits) {
                return candidate;
            }
        }
        return null;
    }

    private record Placed(Sentence sentence, int begin, int end, String text) {
    }
}
