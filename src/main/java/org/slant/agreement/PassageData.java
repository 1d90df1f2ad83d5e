package org.slant.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.RatedWork;
import org.slant.annotation.query.RatedWork.GivenAnswer;
import org.slant.annotation.query.RatedWork.PlacedSpan;
import org.slant.annotation.query.RatedWork.Rater;
import org.slant.curation.query.GoldCursor;
import org.slant.curation.query.GoldOnDocument;
import org.slant.curation.query.GoldWork;
import org.slant.platform.NotFoundException;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one passage of a document with each counted annotator's spans or answers on it, and gold's when it counts. */
@Component
class PassageData {

    /** How much text is shown around a disagreement, in code points, each side. */
    static final int CONTEXT = 200;
    /** How much of an article is shown beside answers to a question about the whole article. */
    static final int ARTICLE_OPENING = 600;

    private static final String DOCUMENT = "select position, title, text, code_points from document "
            + "where id = ? and project_id = ?";

    private final JdbcTemplate jdbc;
    private final RatedWork work;
    private final GoldWork gold;

    PassageData(JdbcTemplate jdbc, RatedWork work, GoldWork gold) {
        this.jdbc = jdbc;
        this.work = work;
        this.gold = gold;
    }

    /** @param goldDocuments the gold counted when gold is among {@code workers} */
    Passage passage(UUID projectId, UUID documentId, LayerSchema layer, int focusStart, int focusEnd,
            List<Rater> workers, AgreementOptions.Gold goldDocuments) {
        record Stored(int position, String title, String text, int length) {
        }
        Stored document = jdbc.query(DOCUMENT, (row, number) -> new Stored(row.getInt("position"),
                row.getString("title"), row.getString("text"), row.getInt("code_points")), documentId, projectId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("document", documentId));
        Map<UUID, LayerSchema.LabelSchema> labels = new HashMap<>();
        layer.labels().forEach(label -> labels.put(label.id(), label));
        int focusFrom = Math.clamp(focusStart, 0, document.length());
        int focusTo = Math.clamp(focusEnd, focusFrom, document.length());
        boolean article = layer.kind() == LayerKind.DOCUMENT;
        int start = article ? 0 : Math.max(0, focusFrom - CONTEXT);
        int end = article ? Math.min(document.length(), ARTICLE_OPENING) : Math.min(document.length(), focusTo + CONTEXT);
        Map<UUID, List<Passage.Mark>> marks = new HashMap<>();
        Map<UUID, List<String>> answers = new HashMap<>();
        List<PlacedSpan> spans = new ArrayList<>();
        List<GivenAnswer> given = new ArrayList<>();
        if (article) {
            given.addAll(work.answersOn(documentId, layer.id()));
        } else {
            spans.addAll(work.spansIn(documentId, layer.id(), start, end));
        }
        if (workers.contains(GoldRater.RATER)) {
            List<UUID> labelIds = layer.labels().stream().map(LayerSchema.LabelSchema::id).toList();
            try (GoldCursor cursor = gold.documents(projectId, labelIds, GoldRater.statuses(goldDocuments),
                    List.of(documentId))) {
                GoldOnDocument its = cursor.at(documentId, document.position());
                if (its != null) {
                    its.spans().stream().filter(span -> span.start() < end && span.end() > start)
                            .forEach(span -> spans.add(new PlacedSpan(GoldRater.RATER.id(),
                                    labelIds.get(span.label()), span.start(), span.end())));
                    its.answers().forEach(answer -> given.add(new GivenAnswer(GoldRater.RATER.id(),
                            labelIds.get(answer.label()))));
                }
            }
        }
        given.forEach(answer -> answers.computeIfAbsent(answer.annotatorId(), id -> new ArrayList<>())
                .add(labels.get(answer.labelId()).name()));
        spans.forEach(span -> {
            LayerSchema.LabelSchema label = labels.get(span.labelId());
            marks.computeIfAbsent(span.annotatorId(), id -> new ArrayList<>()).add(new Passage.Mark(label.name(),
                    label.colour(), Math.max(start, span.start()), Math.min(end, span.end())));
        });
        String text = document.text();
        int from = text.offsetByCodePoints(0, start);
        String shown = text.substring(from, text.offsetByCodePoints(from, end - start));
        List<Passage.Reading> readings = workers.stream().map(worker -> new Passage.Reading(worker.username(),
                marks.getOrDefault(worker.id(), List.of()), answers.getOrDefault(worker.id(), List.of()))).toList();
        return new Passage(documentId, document.title(), layer.name(), start, shown, focusFrom, focusTo, readings);
    }
}
