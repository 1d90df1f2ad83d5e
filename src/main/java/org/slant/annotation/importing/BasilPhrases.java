package org.slant.annotation.importing;

import static org.slant.annotation.importing.Place.fieldOf;
import static org.slant.annotation.importing.Place.said;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slant.platform.Message;
import tools.jackson.databind.JsonNode;

/**
 * Reads one BASIL annotations file ({@code <event uuid>_<n>_ann.json}) into the work on its article: each
 * phrase-level annotation a span, the article-level relative stance an answer. A phrase's {@code id} names the
 * sentence it is in ({@code p<N>}, N counting the body's sentences from 0, or {@code title}); its {@code start} and
 * {@code end} are code point offsets in that sentence and {@code txt} the phrase.
 */
final class BasilPhrases {

    /** The document layer that takes the article-level relative stance. */
    static final String STANCE_LAYER = "Relative stance";

    private static final Pattern SENTENCE = Pattern.compile("p([0-9]{1,6})");
    // labels, attribute names and options are those of Slant's BASIL schema preset (SchemaPresets.basil), so that
    // a project set up with it takes the corpus as it is
    private static final Map<String, String> BIAS = Map.of("lex", "Lexical", "inf", "Informational");
    private static final Map<String, String> POLARITY = Map.of("pos", "positive", "neg", "negative");
    private static final Map<String, String> AIM = Map.of("dir", "direct", "ind_pro", "indirect-ally", "ind_anti",
            "indirect-opponent", "ind_general", "indirect-general");
    private static final Map<String, Boolean> QUOTE = Map.of("yes", true, "no", false);
    /** Slant's attribute names and the fields of a phrase they are read from. */
    private static final Map<String, String> FIELDS = Map.of("polarity", "polarity", "aim", "aim", "target",
            "target", "speaker", "speaker", "in_quote", "quote");

    private final UploadedFile file;
    private final BasilArticle article;
    private final ImportProblems problems;

    BasilPhrases(UploadedFile file, BasilArticle article, ImportProblems problems) {
        this.file = file;
        this.article = article;
        this.problems = problems;
    }

    /** The work the file has, phrases with problems (said) left out; null when the file is no annotations file. */
    AnnotatorWork read(JsonNode root) {
        if (!root.isObject()) {
            problems.add(file.where(), Message.of("annotation.problem.basil.annotations-not-an-object"));
            return null;
        }
        Object uuid = article.meta().get("uuid");
        JsonNode ownUuid = root.get("uuid");
        if (uuid != null && ownUuid != null && ownUuid.isString() && !ownUuid.stringValue().equals(uuid)) {
            problems.add(BasilArticle.field(file, "uuid"), Message.of("annotation.problem.basil.other-uuid",
                    ownUuid.stringValue(), article.file().where(), uuid.toString()));
        }
        List<ImportedSpan> spans = new ArrayList<>();
        JsonNode phrases = root.get("phrase-level-annotations");
        if (phrases != null && !phrases.isNull() && !phrases.isArray()) {
            problems.add(BasilArticle.field(file, "phrase-level-annotations"),
                    Message.of("annotation.problem.basil.not-a-list"));
        } else if (phrases != null && phrases.isArray()) {
            for (int k = 0; k < phrases.size() && !problems.full(); k++) {
                ImportedSpan span = phrase(k, phrases.get(k));
                if (span != null) {
                    spans.add(span);
                }
            }
        }
        List<ImportedAnswer> answers = new ArrayList<>();
        JsonNode stance = root.path("article-level-annotations").path("relative_stance");
        Message stanceField = BasilArticle.field(file, "article-level-annotations.relative_stance");
        if (stance.isString() && !stance.stringValue().isBlank()) {
            answers.add(new ImportedAnswer(Place.fixed(stanceField), STANCE_LAYER, stance.stringValue().strip(),
                    Map.of()));
        } else if (!stance.isMissingNode() && !stance.isNull() && !stance.isString()) {
            problems.add(stanceField, Message.of("annotation.problem.must-be-string"));
        }
        return new AnnotatorWork(Place.fixed(file.where()), null, null, spans, answers);
    }

    private ImportedSpan phrase(int k, JsonNode phrase) {
        if (!phrase.isObject()) {
            problems.add(Message.of("annotation.place.basil.phrase", said(file.where()), String.valueOf(k)),
                    Message.of("annotation.problem.basil.phrase-not-an-object"));
            return null;
        }
        JsonNode idNode = phrase.get("id");
        String id = idNode != null && idNode.isString() ? idNode.stringValue() : null;
        Place place = place(id == null
                ? Message.of("annotation.place.basil.phrase", said(file.where()), String.valueOf(k))
                : Message.of("annotation.place.basil.phrase.id", said(file.where()), String.valueOf(k), id));
        int before = problems.size();
        Integer sentence = sentence(place, id);
        String txt = text(place, phrase, "txt");
        if (txt == null || txt.isEmpty()) {
            problems.add(place.at("text"), Message.of("annotation.problem.basil.no-txt"));
        }
        Integer start = whole(place, phrase, "start");
        Integer end = whole(place, phrase, "end");
        String label = choice(place, phrase, "bias", "label", BIAS, true);
        Map<String, Object> attributes = new LinkedHashMap<>();
        putChoice(attributes, "polarity", choice(place, phrase, "polarity", "attributes.polarity", POLARITY, false));
        putChoice(attributes, "aim", choice(place, phrase, "aim", "attributes.aim", AIM, false));
        putChoice(attributes, "target", name(text(place, phrase, "target")));
        putChoice(attributes, "speaker", name(text(place, phrase, "speaker")));
        String quote = text(place, phrase, "quote");
        if (quote != null && !quote.isBlank()) {
            Boolean value = QUOTE.get(quote.strip());
            if (value == null) {
                problems.add(place.at("attributes.in_quote"), Message.of("annotation.problem.basil.quote", quote));
            } else {
                attributes.put("in_quote", value);
            }
        }
        // a full list of problems takes no more, so the values are checked themselves too
        if (problems.size() > before || sentence == null || txt == null || txt.isEmpty() || label == null) {
            return null;
        }
        int at = locate(place, sentence, txt, start, end);
        if (at < 0) {
            return null;
        }
        int from = article.start(sentence) + at;
        return new ImportedSpan(place, null, label, from, from + txt.codePointCount(0, txt.length()), txt,
                attributes);
    }

    /** The sentence's index, -1 for the title; null with a problem when the id names none of the article's. */
    private Integer sentence(Place place, String id) {
        if ("title".equals(id)) {
            if (article.start(-1) < 0) {
                problems.add(place.at("id"), Message.of("annotation.problem.basil.no-title"));
                return null;
            }
            return -1;
        }
        Matcher matcher = id == null ? null : SENTENCE.matcher(id);
        if (matcher == null || !matcher.matches()) {
            problems.add(place.at("id"), Message.of("annotation.problem.basil.no-sentence"));
            return null;
        }
        int index = Integer.parseInt(matcher.group(1));
        if (index >= article.sentences().size()) {
            problems.add(place.at("id"), Message.of("annotation.problem.basil.beyond-sentences", String.valueOf(index),
                    String.valueOf(article.sentences().size()), String.valueOf(article.sentences().size() - 1)));
            return null;
        }
        if (article.start(index) < 0) {
            problems.add(place.at("id"), Message.of("annotation.problem.basil.blank-sentence", String.valueOf(index)));
            return null;
        }
        return index;
    }

    /**
     * Where the phrase starts in its sentence, in code points: at {@code start} when the sentence has {@code txt}
     * there, else where {@code txt} is when the sentence has it exactly once; -1 with a problem otherwise.
     */
    private int locate(Place place, int index, String txt, Integer start, Integer end) {
        String sentence = article.sentence(index);
        int length = sentence.codePointCount(0, sentence.length());
        String there = null;
        if (start != null && end != null && 0 <= start && start < end && end <= length) {
            there = sentence.substring(sentence.offsetByCodePoints(0, start), sentence.offsetByCodePoints(0, end));
            if (there.equals(txt)) {
                return start;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = sentence.indexOf(txt); i >= 0 && found.size() < 2; i = sentence.indexOf(txt, i + 1)) {
            found.add(i);
        }
        if (found.size() == 1) {
            return sentence.codePointCount(0, found.getFirst());
        }
        // the sentence by its number, "title" for the title; "none" or "more" for what the sentence has of txt
        String name = index < 0 ? "title" : String.valueOf(index);
        String how = found.isEmpty() ? "none" : "more";
        problems.add(place.at("text"), there == null
                ? Message.of("annotation.problem.basil.not-located.offsets", txt, String.valueOf(start),
                        String.valueOf(end), name, how)
                : Message.of("annotation.problem.basil.not-located.there", txt, String.valueOf(start),
                        String.valueOf(end), name, how, there));
        return -1;
    }

    private Integer whole(Place place, JsonNode phrase, String field) {
        JsonNode value = phrase.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(place.at(field), Message.of("annotation.problem.basil.not-whole", value.toString()));
            return null;
        }
        return value.intValue();
    }

    /** A coded value in Slant's words; null when absent or blank (a problem when {@code required}). */
    private String choice(Place place, JsonNode phrase, String field, String slantField, Map<String, String> codes,
            boolean required) {
        String code = text(place, phrase, field);
        if (code == null || code.isBlank()) {
            if (required) {
                problems.add(place.at(slantField), Message.of("annotation.problem.basil.choice-missing",
                        String.join(", ", codes.keySet().stream().sorted().toList())));
            }
            return null;
        }
        String value = codes.get(code.strip());
        if (value == null) {
            problems.add(place.at(slantField), Message.of("annotation.problem.basil.not-a-choice",
                    String.join(", ", codes.keySet().stream().sorted().toList()), code));
        }
        return value;
    }

    /** BASIL writes names with underscores ({@code Donald_Trump}); a story's main entities have spaces. */
    private static String name(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace('_', ' ');
    }

    private static void putChoice(Map<String, Object> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }

    private String text(Place place, JsonNode phrase, String field) {
        JsonNode value = phrase.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(place.at(field), Message.of("annotation.problem.basil.not-a-string", value.toString()));
            return null;
        }
        return value.stringValue();
    }

    /** Names a span's fields by the phrase's own: the label is its {@code bias}, the text its {@code txt}. */
    private static Place place(Message where) {
        return field -> {
            String own = switch (field) {
                case "" , "layer" -> null;
                case "label" -> "bias";
                case "text" -> "txt";
                default -> field.startsWith("attributes.") ? FIELDS.getOrDefault(field.substring(11),
                        field.substring(11)) : field;
            };
            return own == null ? where : fieldOf(where, own);
        };
    }
}
