package org.slant.annotation.importing;

/** Small valid files of each annotated format, for tests to damage (HostileInput) and import. */
public final class AnnotatedSamples {

    public static final String SLANT_JSONL = """
            {"text":"NATO and Russia 👋🏽 talked.","title":"Talks","outlet":"Wire","story":"Council","url":"https://e.org/1","published":"2022-01-12","externalId":"w-1","meta":{"tags":["a"]},"annotations":[{"annotator":"alice","status":"DONE","spans":[{"layer":"Frame","label":"Conflict","start":0,"end":4,"text":"NATO","attributes":{"note":"x"}}],"answers":[{"layer":"Stance","label":"neutral","attributes":{}}]}]}
            {"text":"Second text.\\r\\nLine two.","annotations":[{"annotator":"bob","spans":[{"layer":"Frame","label":"Time","start":7,"end":11}]}]}
            """;
    public static final String LABEL_STUDIO = """
            [{"id": 17, "data": {"text": "Hi 👋🏽 NATO talks.", "source": "wire"},
              "annotations": [{"id": 1, "completed_by": 7, "was_cancelled": false, "result": [
                {"id": "a", "from_name": "Framing", "to_name": "text", "type": "labels",
                 "value": {"start": 8, "end": 12, "text": "NATO", "labels": ["Actor"]}},
                {"id": "b", "from_name": "Stance", "to_name": "text", "type": "choices",
                 "value": {"choices": ["neutral"]}}]}],
              "predictions": []}]""";
    public static final String DOCCANO = """
            {"id": 12, "text": "Hi 👋🏽 NATO talks.", "label": [[8, 12, "Actor"]], "Comments": [], "user": "alice"}
            {"id": 13, "text": "Russia said no.", "entities": [{"id": 5, "label": "Actor", "start_offset": 0, "end_offset": 6}], "relations": [], "user": 9}
            """;
    public static final String PTC_ARTICLE = "Talks end 👋🏽 in Geneva\n\nA disgrace, he said. Doubt it.\n";
    public static final String PTC_LABELS = "1\tLoaded_Language\t27\t35\n1\tDoubt\t45\t50\n1\tSlogans\t0\t5\n";

    public static final String BASIL_EVENT = "2019_01_04_shutdown";
    public static final String BASIL_ARTICLE = """
            {"title": "Senator blasts deal", "source": "fox", "url": "https://example.org/a", "date": "2019-01-04",
             "main-event": "Shutdown talks fail", "main-entities": ["Donald Trump"], "uuid": "u-1",
             "triplet-uuid": "%s", "body-paragraphs": [["First sentence with a wave.", "Second one said disaster."]]}
            """.formatted(BASIL_EVENT);
    public static final String BASIL_ANNOTATIONS = """
            {"uuid": "u-1", "triplet-uuid": "%s",
             "article-level-annotations": {"relative_stance": "conservative", "author_feeling_main_event": "neu"},
             "phrase-level-annotations": [{"id": "p0", "start": 0, "end": 5, "txt": "First", "bias": "lex",
               "polarity": "neg", "aim": "dir", "target": "Donald_Trump", "speaker": "", "quote": "no"}]}
            """.formatted(BASIL_EVENT);
    public static final String TSV = WebAnnoTsvFormatTest.TSV;

    private AnnotatedSamples() {
    }

    /** The XMI and type system of a small annotated CAS, as INCEpTION writes them. */
    public static byte[][] xmi() {
        InceptionXmiFixture cas = InceptionXmiFormatTest.annotated();
        return new byte[][] {cas.xmi(), cas.typeSystem()};
    }
}
