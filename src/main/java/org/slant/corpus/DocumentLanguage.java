package org.slant.corpus;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slant.platform.Message;

/**
 * A document's language: a BCP 47 tag ("ar", "he", "zh-Hant", "pt-BR"), kept in its canonical case. Right-to-left
 * languages (by their likely script: Arabic, Hebrew, Thaana, Syriac, N'Ko, ...) are laid out right to left.
 */
public final class DocumentLanguage {

    /** A language subtag of 2-3 letters, then subtags of 1-8 letters or digits; at most 35 characters in all. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_LENGTH = 35;

    private DocumentLanguage() {
    }

    /**
     * The tag in canonical case ("zh-hant" becomes "zh-Hant"), empty for a blank one.
     *
     * @throws IllegalArgumentException saying what a tag looks like, when it is none
     */
    public static Optional<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String tag = value.strip();
        if (tag.length() > MAX_LENGTH || !TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException(notATag(value).english());
        }
        return Optional.of(Locale.forLanguageTag(tag).toLanguageTag());
    }

    /**
     * What {@link #parse} says of a value that is no tag, by key, for the reader's language: "not a language tag such
     * as 'ar', 'uk' or 'zh-Hant': 'Arabic'".
     */
    public static Message notATag(String value) {
        String tag = value.strip();
        return Message.of("corpus.import.problem.not-a-language-tag",
                tag.length() > 40 ? tag.substring(0, 40) + "…" : tag);
    }

    /** Whether the language is written right to left (its script, given or likely, is). */
    public static boolean rightToLeft(String tag) {
        if (tag == null) {
            return false;
        }
        ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag));
        int script = UScript.getCodeFromName(locale.getScript());
        return script != UScript.INVALID_CODE && UScript.isRightToLeft(script);
    }

    /**
     * The language's name in the reader's language ("Arabic" in English, "Arabisch" in German), or the tag when
     * unknown.
     */
    public static String name(String tag, Locale reader) {
        if (tag == null) {
            return null;
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(reader);
        return name.isBlank() ? tag : name;
    }
}
