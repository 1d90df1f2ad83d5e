package org.slant.platform;

import java.text.Normalizer;
import java.util.Locale;

/** Names of files Slant hands out (exports, archives), made from what a person named things. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The name in lower case, safe for any file system: letters, marks and digits of any script kept, everything else
     * one dash; at most {@code maxCodePoints} long; "project" when nothing is left. Letters keep their accents: taking
     * them off changes letters in other scripts (Київ is not Киів), and a Cyrillic or Arabic name would vanish.
     */
    public static String slug(String name, int maxCodePoints) {
        String composed = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        String safe = composed.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "")
                .toLowerCase(Locale.ROOT);
        if (safe.codePointCount(0, safe.length()) > maxCodePoints) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, maxCodePoints)).replaceAll("-+$", "");
        }
        return safe.isEmpty() ? "project" : safe;
    }
}
