package org.slant.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Words a service has for a person (a refusal, a problem with their input), by key into Slant's texts
 * ({@link Texts}), so that each reader gets them in their own language; the REST API and the log get English.
 *
 * @param key the text's key, starting with its feature: {@code team.refusal.at-least}
 * @param arguments what the text fills in, in order
 */
public record Message(String key, List<Object> arguments) implements Serializable {

    public Message {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /**
     * The words in the reader's language, or English when Slant does not speak it; an argument that is a message
     * itself (a place within a place: a field of a line of a file) is said in the same language.
     */
    public String in(Locale reader) {
        return Texts.all().format(key, reader, arguments.stream()
                .map(argument -> argument instanceof Message inner ? inner.in(reader) : argument).toArray());
    }

    /** The words in English, as the REST API and the log give them. */
    public String english() {
        return in(Texts.ENGLISH);
    }
}
