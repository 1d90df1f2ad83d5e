package org.slant.team;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The secret of a personal access token: {@code slant_} and 40 random letters and digits (base62), about 238 bits
 * from {@link SecureRandom}. The prefix makes a leaked token recognisable to people and secret scanners.
 *
 * <p>It is stored as a plain SHA-256, not bcrypt: a slow hash protects secrets people choose, which are few enough
 * to guess; 238 random bits cannot be guessed with any number of fast hashes, and a fast hash lets every API call
 * be checked with one indexed lookup instead of 50-100 ms of bcrypt.
 *
 * @param token the whole secret, shown once to its owner
 */
record TokenSecret(String token) {

    static final String PREFIX = "slant_";
    static final int RANDOM_LENGTH = 40;
    /** How much of the token lists show: {@code slant_} and 8 random characters; the other 32 keep 190 bits. */
    static final int SHOWN_LENGTH = PREFIX.length() + 8;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "[0-9A-Za-z]{" + RANDOM_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static TokenSecret generate() {
        StringBuilder token = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            token.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return new TokenSecret(token.toString());
    }

    /** Whether the text has the form of a token at all: anything else is refused without asking the database. */
    static boolean looksLikeToken(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** SHA-256 of the token's UTF-8 bytes, in lower-case hex: what the database keeps. */
    String hash() {
        return DigestUtils.sha256Hex(token);
    }

    String prefix() {
        return token.substring(0, SHOWN_LENGTH);
    }

    /** Never the secret itself, should a record ever be logged. */
    @Override
    public String toString() {
        return prefix() + "…";
    }
}
