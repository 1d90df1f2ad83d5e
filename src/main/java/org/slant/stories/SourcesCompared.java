package org.slant.stories;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slant.platform.Message;

/**
 * A story's outlets side by side (docs/story-view.md, "Sources compared"): who each cites, with which cue words, how
 * many words each source gets, and how much of each outlet's text each frame, tone and text-hygiene label covers.
 * Every per-outlet list ({@code counts}, {@code words}, {@code shares}, ...) has one entry per outlet, in the order
 * of {@link #outlets}.
 *
 * @param source {@code annotators} or {@code gold}
 * @param annotator the one annotator whose work this is; null for everyone's pooled, and for gold
 * @param annotators whose work is counted, by username: everyone with spans in the story for those who see
 *     everyone's work; an annotator sees only their own name here. Empty for gold
 * @param attributionLayer the layer read for sources, cues and contents; null when the project has none
 * @param sourceAttributes the names of the Source label's attributes, in the schema's order: the keys of
 *     {@link CitedSource#attributes}
 * @param shareLayers the layers whose labels' shares are given (Frame, Tone, Non-editorial, those the project has)
 * @param notes what could not be read and why (e.g. a project without the Attribution layer), in English words
 * @param said the same notes by key, for the web UI's reader in their language ({@link #notes(Locale)}); not in the
 *     REST API's JSON
 */
public record SourcesCompared(UUID storyId, String story, UUID projectId, String source, String annotator,
        List<String> annotators, List<OutletColumn> outlets, String attributionLayer, List<String> sourceAttributes,
        List<String> shareLayers, List<String> notes, List<CitedSource> sources, List<CueWord> cues,
        List<SourceWords> words, List<LabelShare> labels, @JsonIgnore List<Message> said) {

    public SourcesCompared {
        annotators = List.copyOf(annotators);
        outlets = List.copyOf(outlets);
        sourceAttributes = List.copyOf(sourceAttributes);
        shareLayers = List.copyOf(shareLayers);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        cues = List.copyOf(cues);
        words = List.copyOf(words);
        labels = List.copyOf(labels);
        said = List.copyOf(said);
    }

    /** What could not be read and why, in the reader's language. */
    public List<String> notes(Locale reader) {
        return said.stream().map(note -> note.in(reader)).toList();
    }

    /**
     * One outlet's articles in the story, summed.
     *
     * @param id null for the story's articles without an outlet (then {@code name} is null too)
     * @param words the words of its articles
     * @param annotators how many annotators' work on its articles is counted (0 for gold)
     */
    public record OutletColumn(UUID id, String name, int words, int annotators, List<Article> articles) {

        public OutletColumn {
            articles = List.copyOf(articles);
        }
    }

    /**
     * One article of the story.
     *
     * @param annotators how many annotators' spans on it are counted (0 for gold)
     * @param gold where its curation stands when gold is read: CURATED, IN_PROGRESS or NOT_STARTED (no gold); null
     *     when annotators' work is read
     */
    public record Article(UUID documentId, String title, int words, int annotators, String gold) {
    }

    /**
     * A source as Source spans name it, with one set of attribute values; the same name with other values is another
     * row.
     *
     * @param name the way the source is written most often (white space made single spaces)
     * @param key what the spans are grouped by: lower case, without punctuation at either end
     * @param attributes the attribute values given, by attribute name (only those given); lists joined by "; "
     * @param counts how many Source spans per outlet
     */
    public record CitedSource(String name, String key, Map<String, String> attributes, List<Integer> counts,
            int total) {

        public CitedSource {
            // in the schema's order
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            counts = List.copyOf(counts);
        }
    }

    /** A cue, lower case, and how many Cue spans per outlet. */
    public record CueWord(String cue, List<Integer> counts, int total) {

        public CueWord {
            counts = List.copyOf(counts);
        }
    }

    /**
     * The words of the Content spans attributed to one source, per outlet.
     *
     * @param source as written most often; null for the contents attributed to no one
     * @param key lower case, as for {@link CitedSource#key}; null for no one
     * @param contents how many Content spans
     * @param words how many words those spans hold
     * @param bySpeaker of {@code contents}, how many found their source by their speaker attribute (the rest by the
     *     nearest Source span)
     */
    public record SourceWords(String source, String key, List<Integer> contents, List<Integer> words, int totalWords,
            int bySpeaker) {

        public SourceWords {
            contents = List.copyOf(contents);
            words = List.copyOf(words);
        }
    }

    /**
     * How much of each outlet's text one label covers.
     *
     * @param spans how many spans with the label
     * @param words how many of the outlet's words a span with the label covers (each word once however many spans
     *     cover it)
     * @param shares {@code words} divided by the outlet's words, 0 to 1; null for an outlet without words
     */
    public record LabelShare(String layer, String label, String colour, List<Integer> spans, List<Integer> words,
            List<Double> shares) {

        public LabelShare {
            spans = List.copyOf(spans);
            words = List.copyOf(words);
            // a share may be null: List.copyOf takes none
            shares = Collections.unmodifiableList(new ArrayList<>(shares));
        }
    }
}
