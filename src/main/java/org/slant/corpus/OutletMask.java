package org.slant.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an annotator of an outlet-blind project reads instead of an article's stored text (decision 0021): every
 * mention of one of the project's outlets, and a byline at the top, with each of its letters, marks and digits
 * replaced by {@value #MASK_CHARACTER}. Spaces and punctuation stay, and every masked code point becomes exactly one
 * code point, so the masked text has as many code points as the stored one and every offset into it means the same
 * as in the stored text: spans made on the masked text are stored as they are. The mask is a letter so that the
 * masked words stay words, with the same boundaries, for the annotator's snapping to words and its keys.
 *
 * <p>An outlet is mentioned by its name as stored; by its name without a closing remark in parentheses ("Censor.NET
 * (as cited by the text)": "Censor.NET"); without a leading "The" where two words or more remain ("The Washington
 * Times": "Washington Times"); and by each of those without spaces ("FoxNews", as in foxnews.com). A mention is
 * found in any case, as a whole word (no letter, mark or digit just before or after it; so "Fox News's" and "Fox
 * News’" are found, and keep their possessive ending), with any white space between its words. A byline is one of
 * the first five lines that are not blank, when it starts with "By " (or "BY ") and a capital letter, has at most
 * 100 code points and ten words after "By", and does not end like a sentence; its words after "By" are masked.
 */
public final class OutletMask {

    /** What each masked letter, mark or digit becomes. */
    public static final char MASK_CHARACTER = 'X';

    private static final String WORD = "\\p{L}\\p{M}\\p{N}_";
    private static final Pattern PARENTHESISED_REMARK = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Between the words of a name in the text: white space, including no-break spaces, but not a whole paragraph. */
    private static final String BETWEEN_WORDS = "[\\s\\p{Z}]{1,3}";
    private static final int BYLINE_LINES = 5;
    private static final int BYLINE_LONGEST = 100;
    private static final Pattern BYLINE = Pattern.compile("^[\\s\\p{Z}]*(?:By|BY)[\\s\\p{Z}]+(\\p{Lu}.*)$");
    private static final int BYLINE_MOST_WORDS = 10;
    private static final int SHORTEST_NAME = 2;

    private final Pattern mentions;
    private final List<String> names;

    private OutletMask(List<String> names) {
        this.names = List.copyOf(names);
        this.mentions = names.isEmpty() ? null : pattern(names);
    }

    /** The mask for a project with outlets of these names. */
    public static OutletMask of(Collection<String> outletNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : outletNames) {
            if (name != null) {
                names.addAll(variants(name));
            }
        }
        // longest first, so that "The Washington Times" is found whole rather than "Washington Times" in it
        return new OutletMask(names.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList());
    }

    /** What stands for an article's title, under blinding: its position in the project, "Article 12". */
    public static String articleLabel(int position) {
        return "Article " + position;
    }

    /** The forms of the outlets' names this mask finds, longest first. */
    public List<String> names() {
        return names;
    }

    /**
     * The text with the outlets' mentions and a byline masked: as many code points as {@code text}, and the same code
     * point wherever nothing is masked.
     */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<int[]> regions = new ArrayList<>();
        byline(text, regions);
        if (mentions != null) {
            Matcher found = mentions.matcher(text);
            int from = 0;
            while (from < text.length() && found.find(from)) {
                int start = found.start();
                // a look-behind in the pattern would see only half of a letter outside the Basic Multilingual Plane
                if (start > 0 && isWordCharacter(Character.codePointBefore(text, start))) {
                    from = start + 1;
                } else {
                    regions.add(new int[] {start, found.end()});
                    from = found.end();
                }
            }
        }
        if (regions.isEmpty()) {
            return text;
        }
        regions.sort(Comparator.comparingInt(region -> region[0]));
        StringBuilder masked = new StringBuilder(text.length());
        int done = 0;
        for (int[] region : regions) {
            int from = Math.max(region[0], done);
            masked.append(text, done, from);
            for (int i = from; i < region[1]; ) {
                int codePoint = text.codePointAt(i);
                if (masks(codePoint)) {
                    masked.append(MASK_CHARACTER);
                } else {
                    masked.appendCodePoint(codePoint);
                }
                i += Character.charCount(codePoint);
            }
            done = Math.max(done, region[1]);
        }
        masked.append(text, done, text.length());
        return masked.toString();
    }

    /** Letters, marks (an accent on its own code point) and digits are masked; spaces and punctuation are not. */
    static boolean masks(int codePoint) {
        if (Character.isLetterOrDigit(codePoint) || Character.isAlphabetic(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** What the pattern's {@code [\\p{L}\\p{M}\\p{N}_]} holds: a mention must not have one just before it. */
    private static boolean isWordCharacter(int codePoint) {
        return codePoint == '_' || Character.isLetter(codePoint) || switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The forms of one outlet's name that are looked for (see the class comment). */
    static Set<String> variants(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String whole = SPACES.matcher(name.strip()).replaceAll(" ");
        forms.add(whole);
        forms.add(PARENTHESISED_REMARK.matcher(whole).replaceFirst("").strip());
        for (String form : List.copyOf(forms)) {
            String rest = LEADING_THE.matcher(form).replaceFirst("");
            if (!rest.equals(form) && rest.split(" ").length >= 2) {
                forms.add(rest);
            }
        }
        for (String form : List.copyOf(forms)) {
            if (form.contains(" ")) {
                forms.add(form.replace(" ", ""));
            }
        }
        forms.removeIf(form -> form.codePointCount(0, form.length()) < SHORTEST_NAME);
        return forms;
    }

    private static Pattern pattern(List<String> names) {
        // the first characters a mention may start with, checked first: most places in a text fail on that alone
        Set<String> starts = new LinkedHashSet<>();
        for (String name : names) {
            String first = new String(Character.toChars(name.codePointAt(0)));
            starts.add(first.toLowerCase(Locale.ROOT));
            starts.add(first.toUpperCase(Locale.ROOT));
            starts.add(first);
        }
        String firstCharacters = starts.stream().map(OutletMask::inClass).collect(Collectors.joining());
        String alternatives = names.stream().map(name -> SPACES.splitAsStream(name).map(Pattern::quote)
                .collect(Collectors.joining(BETWEEN_WORDS))).collect(Collectors.joining("|"));
        return Pattern.compile("(?=[" + firstCharacters + "])(?:" + alternatives + ")(?![" + WORD + "])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A character as a member of a regular expression's character class. */
    private static String inClass(String character) {
        StringBuilder escaped = new StringBuilder();
        character.codePoints().forEach(codePoint -> escaped.append(String.format("\\x{%x}", codePoint)));
        return escaped.toString();
    }

    /** Adds the words of a byline among the first lines, as a region of the text to mask. */
    private static void byline(String text, List<int[]> regions) {
        int lineStart = 0;
        int lines = 0;
        while (lines < BYLINE_LINES && lineStart < text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String content = text.substring(lineStart, lineEnd);
            Matcher byline = BYLINE.matcher(content);
            if (byline.matches() && content.codePointCount(0, content.length()) <= BYLINE_LONGEST
                    && byline.group(1).split("[\\s\\p{Z}]+").length <= BYLINE_MOST_WORDS
                    && !endsLikeASentence(content)) {
                regions.add(new int[] {lineStart + byline.start(1), lineEnd});
                return;
            }
            if (!content.isBlank()) {
                lines++;
            }
            lineStart = lineEnd;
            if (lineStart < text.length() && text.charAt(lineStart) == '\r') {
                lineStart++;
            }
            if (lineStart < text.length() && text.charAt(lineStart) == '\n') {
                lineStart++;
            }
        }
    }

    private static boolean endsLikeASentence(String line) {
        String end = line.strip();
        return end.endsWith(".") || end.endsWith("!") || end.endsWith("?") || end.endsWith(":")
                || end.endsWith(";") || end.endsWith("\"") || end.endsWith("”");
    }
}
