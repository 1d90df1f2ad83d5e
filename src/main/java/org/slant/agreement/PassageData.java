package org.slant.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.RatedWork;
import org.slant.annotation.query.RatedWork.Rater;
import org.slant.platform.NotFoundException;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one passage of a document with each counted annotator's spans or answers on it. */
@Component
class PassageData {

    /** How much text is shown around a disagreement, in code points, each side. */
    static final int CONTEXT = 200;
    /** How much of an article is shown beside answers to a question about the whole article. */
    static final int ARTICLE_OPENING = 600;

    private static final String DOCUMENT = "select title, text, code_points from document "
            + "where id = ? and project_id = ?";

    private final JdbcTemplate jdbc;
    private final RatedWork work;

    PassageData(JdbcTemplate jdbc, RatedWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    Passage passage(UUID projectId, UUID documentId, LayerSchema layer, int focusStart, int focusEnd,
            List<Rater> workers) {
        record Stored(String title, String text, int length) {
        }
        Stored document = jdbc.query(DOCUMENT, (row, number) -> new Stored(row.getString("title"),
                row.getString("text"), row.getInt("code_points")), documentId, projectId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("document", documentId));
        Map<UUID, LayerSchema.LabelSchema> labels = new HashMap<>();
        layer.labels().forEach(label -> labels.put(label.id(), label));
        int focusFrom = Math.clamp(focusStart, 0, document.length());
        int focusTo = Math.clamp(focusEnd, focusFrom, document.length());
        boolean article = layer.kind() == LayerKind.DOCUMENT;
        int start = article ? 0 : Math.max(0, focusFrom - CONTEXT);
        int end = article ? Math.min(document.length(), ARTICLE_OPENING) : Math.min(document.length(), focusTo + CONTEXT);
        Map<UUID, List<Passage.Mark>> marks = new HashMap<>();
        Map<UUID, List<String>> answers = new HashMap<>();
        if (article) {
            work.answersOn(documentId, layer.id()).forEach(answer -> answers
                    .computeIfAbsent(answer.annotatorId(), id -> new ArrayList<>())
                    .add(labels.get(answer.labelId()).name()));
        } else {
            work.spansIn(documentId, layer.id(), start, end).forEach(span -> {
                LayerSchema.LabelSchema label = labels.get(span.labelId());
                marks.computeIfAbsent(span.annotatorId(), id -> new ArrayList<>()).add(new Passage.Mark(label.name(),
                        label.colour(), Math.max(start, span.start()), Math.min(end, span.end())));
            });
        }
        String text = document.text();
        int from = text.offsetByCodePoints(0, start);
        String shown = text.substring(from, text.offsetByCodePoints(from, end - start));
        List<Passage.Reading> readings = workers.stream().map(worker -> new Passage.Reading(worker.username(),
                marks.getOrDefault(worker.id(), List.of()), answers.getOrDefault(worker.id(), List.of()))).toList();
        return new Passage(documentId, document.title(), layer.name(), start, shown, focusFrom, focusTo, readings);
    }
}
