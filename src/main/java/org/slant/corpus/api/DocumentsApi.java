package org.slant.corpus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Projects and documents")
class DocumentsApi {

    private final CorpusService corpus;

    DocumentsApi(CorpusService corpus) {
        this.corpus = corpus;
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "A document's text exactly as imported, with its metadata",
            description = "Offsets into the text elsewhere in the API are Unicode code points, end-exclusive. An "
                    + "annotator of an outlet-blind project reads it blinded: title \"Article\" and its position; "
                    + "no outlet, url, externalId or meta; the outlets' names and a byline in the text masked letter "
                    + "for letter, so every offset stays the same.")
    DocumentDetails document(@PathVariable UUID documentId) {
        return corpus.readableDocument(documentId);
    }
}
