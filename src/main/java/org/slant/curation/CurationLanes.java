package org.slant.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slant.annotation.query.AnnotatorsWork;
import org.slant.annotation.query.AnnotatorsWork.WorkOnDocument;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.team.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annotators' work on a document as the curator compares it: one lane per annotator, named A, B, C... (in the
 * order of their usernames) when the project is blind, by username otherwise.
 */
@Service
@Transactional(readOnly = true)
public class CurationLanes {

    private final AnnotatorsWork work;
    private final CorpusService corpus;
    private final ProjectAccess access;

    CurationLanes(AnnotatorsWork work, CorpusService corpus, ProjectAccess access) {
        this.work = work;
        this.corpus = corpus;
        this.access = access;
    }

    /** Every annotator's lane on the document; for the project's curators and managers. */
    public List<Lane> of(UUID documentId) {
        DocumentDetails document = corpus.document(documentId);
        access.requireEveryonesWork(document.projectId());
        boolean blind = corpus.projectDetails(document.projectId()).blind();
        List<WorkOnDocument> everyone = work.onDocument(documentId);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i++) {
            WorkOnDocument one = everyone.get(i);
            String name = blind ? laneLetter(i) : one.username();
            String status = one.status() == null ? "no assignment" : one.status().toLowerCase().replace('_', ' ');
            lanes.add(new Lane(name, (blind ? "Annotator " + name : one.username()) + " · " + status, one.done(),
                    one.spans().stream().map(span -> new LaneSpan(span.id(), span.layerId(), span.labelId(),
                            span.start(), span.end(), span.attributes())).toList(),
                    one.answers().stream().map(answer -> new LaneAnswer(answer.id(), answer.layerId(),
                            answer.labelId(), answer.attributes())).toList()));
        }
        return lanes;
    }

    /** How a blind project names its annotators to others: A, B, ... Z, then AA, AB: enough for any team. */
    public static String laneLetter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : laneLetter(index / 26 - 1) + laneLetter(index % 26);
    }

    /**
     * One annotator's work.
     *
     * @param name what the lane is called: the username, or a letter in a blind project
     * @param title the name with the state of their work
     */
    public record Lane(String name, String title, boolean done, List<LaneSpan> spans, List<LaneAnswer> answers) {
    }

    /** An annotator's span; offsets in code points, end-exclusive. */
    public record LaneSpan(UUID id, UUID layer, UUID label, int start, int end, Map<String, Object> attributes) {
    }

    public record LaneAnswer(UUID id, UUID layer, UUID label, Map<String, Object> attributes) {
    }
}
