package org.slant.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slant.suggestions.RuleText.Stretch;

/**
 * Page furniture and promotional interjections (source "non-editorial"), for the Non-editorial layer of the text
 * hygiene preset. Each line (its white space at either end left out) is read on its own, and the first of these
 * that fits it is proposed for the whole line:
 * <ul>
 * <li><b>Advertisement</b>: the line is only an advertisement's marker ("Advertisement", "Sponsored", "Story
 * continues below advertisement").</li>
 * <li><b>App promo</b>: a call to get an app or to subscribe ("CLICK HERE TO GET THE FOX NEWS APP", "Download
 * the ... app", "Sign up for ...", "Subscribe to ...").</li>
 * <li><b>Related links</b>: "Read more:", "Related:", "See also:" and what follows, or a line that is only "Latest
 * Headlines", "Most read", "Recommended", "More from ...".</li>
 * <li><b>Boilerplate</b>: "Follow us on ...", comment policies, "... can be reached at ...", copyright lines; at most
 * 40 words.</li>
 * <li><b>Caption</b>: a line that ends with a photo credit, a sentence of its own ("Photo courtesy ...", "Photo by
 * ...", "AP Photo/...", "Getty Images"); at most 80 words.</li>
 * <li><b>Promo headline</b>: a line of three or more words without a lower-case letter (Fox's "BIDEN ADMIN BACKS
 * UKRAINE AHEAD OF NATO, RUSSIA SUMMIT").</li>
 * </ul>
 */
final class NonEditorialRule {

    static final String SOURCE = "non-editorial";
    static final String LAYER = "Non-editorial";
    static final String PROMO_HEADLINE = "Promo headline";
    static final String APP_PROMO = "App promo";
    static final String ADVERTISEMENT = "Advertisement";
    static final String CAPTION = "Caption";
    static final String RELATED_LINKS = "Related links";
    static final String BOILERPLATE = "Boilerplate";

    private record Kind(String label, Pattern pattern, int mostWords, String note) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Kind> KINDS = List.of(
            new Kind(ADVERTISEMENT, Pattern.compile("^(advertisement|advertising|ad|sponsored( content)?|"
                    + "(story|article) continues below( this)? (advertisement|ad)|scroll to continue( with "
                    + "content)?)\\W*$", FLAGS), 10, "an advertisement's marker"),
            new Kind(APP_PROMO, Pattern.compile("^((click|tap) here to|(download|get|install)\\b).*\\bapps?\\b"
                    + "|^sign up (for|to|now)\\b|^subscribe (to|for|now|today)\\b", FLAGS), 30,
                    "a call to get an app or to subscribe"),
            new Kind(RELATED_LINKS, Pattern.compile("^(read more|related( (articles|stories|coverage|content))?|see "
                    + "also|more on this|recommended( for you)?)\\s*:.*$|^(latest headlines|most read|most popular"
                    + "|recommended( for you)?|related( (articles|stories|coverage|content))?|trending( now)?|you "
                    + "may also like|more from \\S.{0,60})\\W*$", FLAGS), 40, "a list of links to other articles"),
            new Kind(BOILERPLATE, Pattern.compile("^\\W*follow (us|\\S+) on\\b|comment policy|\\bcan be reached at\\b"
                    + "|^\\W*(copyright|\u00A9)|all rights reserved", FLAGS), 40, "page furniture"),
            new Kind(CAPTION, Pattern.compile("(^|[.!?]\\s)\\W*(photo|image|picture|video)s? (courtesy( of)?|by"
                    + "|credit:?) [^.!?]{2,80}\\.?$|\\b(AP|AFP) Photo\\b.{0,80}$|\\bGetty Images\\W*$", FLAGS), 80,
                    "a photo caption or credit"));
    private static final int PROMO_MIN_WORDS = 3;

    private NonEditorialRule() {
    }

    static List<Proposal> propose(String text) {
        RuleText rule = new RuleText(text);
        List<Proposal> found = new ArrayList<>();
        for (Stretch line : rule.lines()) {
            Stretch trimmed = rule.trimmed(line.start(), line.end());
            if (trimmed.start() == trimmed.end()) {
                continue;
            }
            String words = text.substring(trimmed.start(), trimmed.end());
            int count = rule.countWords(trimmed.start(), trimmed.end());
            String label = null;
            String note = null;
            for (Kind kind : KINDS) {
                if (count <= kind.mostWords() && kind.pattern().matcher(words).find()) {
                    label = kind.label();
                    note = kind.note();
                    break;
                }
            }
            if (label == null && count >= PROMO_MIN_WORDS && inCapitals(words)) {
                label = PROMO_HEADLINE;
                note = "a line in capitals: another story's headline";
            }
            if (label != null) {
                found.add(new Proposal(label, rule.codePoint(trimmed.start()), rule.codePoint(trimmed.end()), Map.of(),
                        note));
            }
        }
        return List.copyOf(found);
    }

    /** Letters, none of them lower case. */
    private static boolean inCapitals(String words) {
        return words.codePoints().anyMatch(Character::isLetter) && words.codePoints().noneMatch(Character::isLowerCase);
    }
}
