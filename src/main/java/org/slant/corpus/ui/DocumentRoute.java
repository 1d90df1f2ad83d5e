package org.slant.corpus.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.platform.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** Reads the document a view's route names (":documentId"), for every view of one document. */
@NamedInterface("routes")
public final class DocumentRoute {

    private DocumentRoute() {
    }

    /**
     * The document as the caller may read it ({@link CorpusService#readableDocument}: blinded for an annotator of an
     * outlet-blind project), or empty after rerouting to the not-found page when the id is malformed, unknown or not
     * theirs.
     */
    public static Optional<DocumentDetails> document(BeforeEnterEvent event, CorpusService corpus) {
        try {
            Optional<DocumentDetails> document = RouteIds.uuid(event.getRouteParameters(), "documentId")
                    .map(corpus::readableDocument);
            if (document.isPresent()) {
                return document;
            }
        } catch (NotFoundException e) {
            // answered below, like a malformed id
        }
        event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                I18NProvider.translate("corpus.route.no-document"));
        return Optional.empty();
    }
}
