package org.slant.corpus;

import java.util.List;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's outlets: created, renamed, deleted, and documents assigned to them. */
@Service
@Transactional
public class OutletService {

    static final int MAX_NAME_LENGTH = 200;

    private final OutletRepository outlets;
    private final DocumentRepository documents;
    private final CorpusService corpus;

    OutletService(OutletRepository outlets, DocumentRepository documents, CorpusService corpus) {
        this.outlets = outlets;
        this.documents = documents;
        this.corpus = corpus;
    }

    @Transactional(readOnly = true)
    public List<OutletDetails> outlets(UUID projectId) {
        corpus.project(projectId);
        return outlets.findDetails(projectId);
    }

    /** @param leaning optional: the outlet's political leaning or another classification the study uses */
    public OutletDetails create(UUID projectId, String name, String leaning) {
        corpus.projectToChange(projectId);
        String checked = checkName(projectId, name, null);
        return details(outlets.saveAndFlush(new Outlet(projectId, checked, blankToNull(leaning))));
    }

    public OutletDetails update(UUID outletId, String name, String leaning) {
        Outlet outlet = outlet(outletId);
        corpus.projectToChange(outlet.getProjectId());
        outlet.rename(checkName(outlet.getProjectId(), name, outlet), blankToNull(leaning));
        outlets.flush();
        return details(outlet);
    }

    /** Deletes the outlet; its documents stay, without an outlet. */
    public void delete(UUID outletId) {
        Outlet outlet = outlet(outletId);
        corpus.projectToChange(outlet.getProjectId());
        outlets.delete(outlet);
    }

    /** Attributes the documents to the outlet, or to none when {@code outletId} is null. */
    public int assign(UUID projectId, List<UUID> documentIds, UUID outletId) {
        corpus.projectToChange(projectId);
        if (outletId != null && !outlet(outletId).getProjectId().equals(projectId)) {
            throw InvalidInputException.of("outletId", Message.of("corpus.refusal.not-an-outlet"));
        }
        return documentIds.isEmpty() ? 0 : documents.assignOutlet(projectId, documentIds, outletId);
    }

    private String checkName(UUID projectId, String name, Outlet editing) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.of("name", Message.of("corpus.refusal.outlet-name"));
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw InvalidInputException.of("name", Message.of("corpus.refusal.at-most",
                    String.valueOf(MAX_NAME_LENGTH)));
        }
        outlets.findByProjectIdAndName(projectId, stripped).filter(other -> other != editing).ifPresent(other -> {
            throw InvalidInputException.of("name", Message.of("corpus.refusal.outlet-name-taken", stripped));
        });
        return stripped;
    }

    private Outlet outlet(UUID outletId) {
        return outlets.findById(outletId).orElseThrow(() -> new NotFoundException("Outlet", outletId));
    }

    private OutletDetails details(Outlet outlet) {
        return outlets.findDetails(outlet.getProjectId()).stream()
                .filter(details -> details.id().equals(outlet.getId())).findFirst().orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
