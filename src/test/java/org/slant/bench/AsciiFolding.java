package org.slant.bench;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Latin text to ASCII as old wire systems do (Müller → Muller, “ → "), and makes web-address slugs. */
final class AsciiFolding {

    private AsciiFolding() {
    }

    /** Only Latin letters lose their accents: Cyrillic letters and emoji stay as they are. */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("(\\p{IsLatin})\\p{M}+", "$1");
        return Normalizer.normalize(folded, Normalizer.Form.NFC)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace("—", "--").replace('–', '-').replace('\u00A0', ' ').replace("ß", "ss")
                .replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o').replace('ı', 'i')
                .replace("€", "EUR ").replace("£", "GBP ");
    }

    /** Lower-case ASCII letters and digits joined by hyphens, at most {@code length} characters. */
    static String slug(String text, int length) {
        String slug = fold(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= length ? slug : slug.substring(0, length).replaceAll("-$", "");
    }
}
