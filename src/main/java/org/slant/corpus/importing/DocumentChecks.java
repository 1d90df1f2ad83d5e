package org.slant.corpus.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import org.slant.corpus.DocumentLanguage;
import org.slant.corpus.DocumentText;
import org.slant.corpus.NewDocument;
import org.slant.platform.Message;

/**
 * The rules every document meets whatever its format: a text that is not empty, within the size limit and storable;
 * a published date in ISO form. Each broken rule is reported where it is.
 */
final class DocumentChecks {

    private static final Message NUL = Message.of("corpus.import.problem.nul");

    private final ImportLimits limits;

    DocumentChecks(ImportLimits limits) {
        this.limits = limits;
    }

    /** The document ready to store, or null when it breaks a rule; what it breaks is reported into {@code into}. */
    IncomingDocument check(Location location, DocumentFields fields, UploadContents into) {
        int problemsBefore = into.problems().size();
        String text = fields.text();
        if (text == null) {
            into.problem(location.field("text"), Message.of("corpus.import.problem.text-missing"));
        } else if (isBlank(text)) {
            into.problem(location.field("text"), Message.of("corpus.import.problem.text-blank"));
        } else if (utf8Length(text) > limits.maxDocument().toBytes()) {
            into.problem(location.field("text"), limits.documentLimitProblem());
        } else if (text.indexOf('\0') >= 0) {
            into.problem(location.field("text"), Message.of("corpus.import.problem.nul-at",
                    String.valueOf(text.codePointCount(0, text.indexOf('\0')))));
        }
        LocalDate published = date(location, fields.published(), into);
        String language = language(location, fields.language(), into);
        checkStorable(location, "title", fields.title(), into);
        checkStorable(location, "outlet", fields.outlet(), into);
        checkStorable(location, "story", fields.story(), into);
        checkStorable(location, "url", fields.url(), into);
        checkStorable(location, "externalId", fields.externalId(), into);
        if (fields.meta() != null && holdsNul(fields.meta())) {
            into.problem(location.field("meta"), NUL);
        }
        if (into.problems().size() > problemsBefore || into.full()) {
            return null;
        }
        String title = orNull(fields.title());
        NewDocument document = new NewDocument(title == null ? DocumentText.titleFrom(text) : title, text,
                orNull(fields.outlet()), orNull(fields.story()), orNull(fields.url()), published,
                orNull(fields.externalId()), fields.meta(), language);
        return new IncomingDocument(location.place(), DocumentText.sha256(text), document);
    }

    private static LocalDate date(Location location, String value, UploadContents into) {
        if (orNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            into.problem(location.field("published"), Message.of("corpus.import.problem.not-a-date", value));
            return null;
        }
    }

    private static String language(Location location, String value, UploadContents into) {
        try {
            return DocumentLanguage.parse(value).orElse(null);
        } catch (IllegalArgumentException notATag) {
            into.problem(location.field("language"), DocumentLanguage.notATag(value));
            return null;
        }
    }

    private static void checkStorable(Location location, String field, String value, UploadContents into) {
        if (value != null && value.indexOf('\0') >= 0) {
            into.problem(location.field(field), NUL);
        }
    }

    /** PostgreSQL's text and jsonb types cannot hold U+0000, in values or in keys. */
    private static boolean holdsNul(Object value) {
        return switch (value) {
            case String string -> string.indexOf('\0') >= 0;
            case Map<?, ?> map -> map.entrySet().stream()
                    .anyMatch(entry -> holdsNul(String.valueOf(entry.getKey())) || holdsNul(entry.getValue()));
            case Collection<?> values -> values.stream().anyMatch(DocumentChecks::holdsNul);
            case null, default -> false;
        };
    }

    /** Blank as a reader sees it: white space of any kind, no-break spaces included. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** Stripped, or null when nothing is left. */
    private static String orNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
