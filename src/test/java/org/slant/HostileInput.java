package org.slant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Random hostile input for property tests: JSON values of every type, wrong types in known fields, huge strings and
 * numbers, deep nesting, invalid UTF-8. Every generator takes a {@link Random} made from a fixed seed, so a run is
 * repeatable and a failing try is named by its seed and number ({@link #tries}).
 */
public final class HostileInput {

    /** Characters that break careless code: NUL, quotes, backslash, a lone surrogate, RTL mark, emoji, flags. */
    private static final String[] NASTY = {"\u0000", "\"", "\\", "\ud800", "\u202e", "😀", "🇺🇦", "e\u0301",
        "\u00a0", "\r\n", "\t", "%", "_", "'; drop table project; --", "${jndi:x}", "<script>", "../../etc/passwd",
        "NaN", "-0", "1e999", "null", "true", "{}", "[]", "\uffff", "\ufeff"};
    private static final String[] NUMBERS = {"0", "-1", "1", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1.5", "0.1e-999",
        "123456789012345678901234567890", "1E308", "4.9E-324", "-0.0", "1" + "0".repeat(1200)};

    /** Reads back what {@link #jsonValue} writes, numbers of 1,200 digits and names of 100,000 characters too. */
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder(tools.jackson.core.json.JsonFactory.builder().streamReadConstraints(
                    tools.jackson.core.StreamReadConstraints.builder().maxNumberLength(10_000)
                            .maxNameLength(1_000_000).build()).build()).build();

    private final Random random;

    public HostileInput(Random random) {
        this.random = random;
    }

    /**
     * Runs {@code tries} tries, each with its own {@link HostileInput}; fails at the end naming every failed try by
     * its seed and number (the first ten in full, and the first of each kind of failure with its stack trace), so
     * one run shows every kind of failure at once.
     */
    public static void tries(long seed, int tries, TryBody body) {
        Random seeds = new Random(seed);
        List<String> failures = new ArrayList<>();
        List<Throwable> kinds = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            long trySeed = seeds.nextLong();
            try {
                body.run(new HostileInput(new Random(trySeed)), i);
            } catch (AssertionError | RuntimeException e) {
                if (kinds.size() < 5 && kinds.stream().noneMatch(kind -> kind.getClass() == e.getClass()
                        && String.valueOf(kind.getMessage()).lines().findFirst().equals(
                                String.valueOf(e.getMessage()).lines().findFirst()))) {
                    kinds.add(e);
                }
                if (failures.size() < 10) {
                    failures.add("try " + i + " (its own seed " + trySeed + "): " + e.getMessage());
                } else {
                    failures.add("try " + i);
                }
            }
        }
        if (!kinds.isEmpty()) {
            AssertionError all = new AssertionError(failures.size() + " of " + tries + " tries of seed " + seed
                    + " failed:\n" + String.join("\n", failures));
            kinds.forEach(all::addSuppressed);
            throw all;
        }
    }

    @FunctionalInterface
    public interface TryBody {
        void run(HostileInput input, int tryNumber);
    }

    public Random random() {
        return random;
    }

    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any JSON value, nested at most {@code depth} deep, written as JSON text. */
    public String jsonValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> number();
            case 3, 4 -> quoted(string());
            case 5 -> quoted(uuidLike());
            case 6 -> array(depth - 1, this::jsonValue);
            default -> object(List.of(), depth - 1);
        };
    }

    /** An object with some of the {@code known} field names (random values, often the wrong type) and others. */
    public String object(List<String> known, int depth) {
        List<String> fields = new ArrayList<>();
        int count = between(0, 6);
        for (int i = 0; i < count; i++) {
            String name = !known.isEmpty() && chance(0.8) ? oneOf(known) : string();
            fields.add(quoted(name) + ":" + jsonValue(Math.max(depth, 0)));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private String array(int depth, IntFunction<String> element) {
        List<String> values = new ArrayList<>();
        int count = between(0, 4);
        for (int i = 0; i < count; i++) {
            values.add(element.apply(Math.max(depth, 0)));
        }
        return "[" + String.join(",", values) + "]";
    }

    public String number() {
        return chance(0.6) ? oneOf(List.of(NUMBERS)) : Long.toString(random.nextLong() >> random.nextInt(64));
    }

    /** A short or long string, often with characters that break careless code; sometimes 100,000 characters. */
    public String string() {
        if (chance(0.03)) {
            return "x".repeat(100_000);
        }
        StringBuilder text = new StringBuilder();
        int parts = between(0, 5);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(oneOf(List.of(NASTY)));
                case 1 -> text.appendCodePoint(between(0x20, 0x2FFF));
                case 2 -> text.append(uuidLike());
                default -> text.append("word").append(random.nextInt(100));
            }
        }
        return text.toString();
    }

    private String uuidLike() {
        return chance(0.5) ? java.util.UUID.randomUUID().toString() : "00000000-0000-0000-0000-00000000000"
                + random.nextInt(10);
    }

    /** A JSON string literal; lone surrogates are written as escapes, so the text stays valid UTF-8. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validPair(value, c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String value, char c) {
        // a surrogate inside a proper pair (an emoji) is written as it is
        return value.codePoints().anyMatch(cp -> Character.isSupplementaryCodePoint(cp)
                && (Character.highSurrogate(cp) == c || Character.lowSurrogate(cp) == c));
    }

    /** Arrays in arrays, {@code depth} deep: past any sensible nesting limit. */
    public static String deeplyNested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Bytes that are not UTF-8 (a lone continuation byte, an overlong form, a surrogate, a cut sequence). */
    public byte[] notUtf8(String around) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xE9}};
        byte[] text = around.getBytes(StandardCharsets.UTF_8);
        byte[] wrong = bad[random.nextInt(bad.length)];
        int at = text.length == 0 ? 0 : random.nextInt(text.length + 1);
        byte[] out = new byte[text.length + wrong.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(wrong, 0, out, at, wrong.length);
        System.arraycopy(text, at, out, at + wrong.length, text.length - at);
        return out;
    }

    /**
     * The JSON (one document, or JSON Lines) with a few values replaced by random ones of any type, fields removed or
     * added and array elements repeated: a file of the right shape with wrong contents.
     */
    public String mutatedJson(String json) {
        if (!json.strip().startsWith("[") && json.strip().contains("\n")) {
            List<String> lines = new ArrayList<>(json.lines().toList());
            int line = random.nextInt(lines.size());
            lines.set(line, mutatedJson(lines.get(line)));
            return String.join("\n", lines) + "\n";
        }
        tools.jackson.databind.JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (tools.jackson.core.JacksonException e) {
            return json;
        }
        List<tools.jackson.databind.JsonNode> containers = new ArrayList<>();
        collectContainers(tree, containers);
        int changes = between(1, 4);
        for (int i = 0; i < changes && !containers.isEmpty(); i++) {
            tools.jackson.databind.JsonNode node = oneOf(containers);
            tools.jackson.databind.JsonNode value = JSON.readTree(jsonValue(2));
            if (node instanceof tools.jackson.databind.node.ObjectNode object) {
                List<String> names = new ArrayList<>(object.propertyNames());
                if (names.isEmpty() || chance(0.2)) {
                    object.set(string(), value);
                } else if (chance(0.2)) {
                    object.remove(oneOf(names));
                } else {
                    object.set(oneOf(names), value);
                }
            } else if (node instanceof tools.jackson.databind.node.ArrayNode array) {
                if (array.isEmpty() || chance(0.3)) {
                    array.add(value);
                } else if (chance(0.3)) {
                    array.add(array.get(random.nextInt(array.size())).deepCopy());
                } else {
                    array.set(random.nextInt(array.size()), value);
                }
            }
        }
        return JSON.writeValueAsString(tree);
    }

    private static void collectContainers(tools.jackson.databind.JsonNode node,
            List<tools.jackson.databind.JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            node.values().forEach(child -> collectContainers(child, into));
        }
    }

    /** The text with a line dropped, repeated or added, or a tab- or space-separated field of it replaced. */
    public String mutatedLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int changes = between(1, 4);
        for (int i = 0; i < changes; i++) {
            int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (!lines.isEmpty()) {
                        lines.remove(at);
                    }
                }
                case 1 -> lines.add(at, lines.isEmpty() ? string() : lines.get(at));
                case 2 -> lines.add(at, string());
                default -> {
                    if (!lines.isEmpty()) {
                        String separator = lines.get(at).contains("\t") ? "\t" : " ";
                        List<String> fields = new ArrayList<>(List.of(lines.get(at).split(separator, -1)));
                        fields.set(random.nextInt(fields.size()), chance(0.5) ? number() : string());
                        lines.set(at, String.join(separator, fields));
                    }
                }
            }
        }
        return String.join(chance(0.2) ? "\r\n" : "\n", lines) + (chance(0.7) ? "\n" : "");
    }

    /** The bytes with a few of them changed, dropped or repeated: a damaged file. */
    public byte[] damaged(byte[] bytes) {
        byte[] out = bytes.clone();
        int changes = between(1, 8);
        for (int i = 0; i < changes && out.length > 0; i++) {
            switch (random.nextInt(3)) {
                case 0 -> out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length));
                default -> {
                    int at = random.nextInt(out.length);
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at + 1);
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }
}
