package org.slant.annotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.corpus.ui.DocumentRoute;
import org.slant.annotation.AnnotationService;
import org.slant.annotation.Span;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentDetails;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaService;

/**
 * Everyone's spans on one article, read-only, one annotator at a time: for managers and curators, and for every
 * member when the project is not blind. In a blind project an annotator finds only their own work here.
 */
@Route("annotate/:documentId/annotators")
@PermitAll
public class AnnotationsOfView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final SchemaService schema;
    private final AnnotationService annotations;
    final Select<String> annotator = new Select<>();
    final Grid<Span> spans = new Grid<>();
    final Paragraph blindNote = new Paragraph();
    private final RouterLink back = new RouterLink();
    private final H2 title = new H2();
    private DocumentDetails document;
    private Map<UUID, String> labelNames = Map.of();
    private Map<UUID, String> layerNames = Map.of();

    public AnnotationsOfView(CorpusService corpus, SchemaService schema, AnnotationService annotations) {
        this.corpus = corpus;
        this.schema = schema;
        this.annotations = annotations;
        addClassName("slant-page");
        setSizeFull();
        annotator.setLabel(getTranslation("annotation.annotations.annotator"));
        annotator.addValueChangeListener(event -> show(event.getValue()));
        spans.addColumn(span -> span.start() + "–" + span.end())
                .setHeader(getTranslation("annotation.annotations.offsets")).setKey("offsets")
                .setAutoWidth(true).setFlexGrow(0);
        spans.addColumn(Span::text)
                .setHeader(getTranslation("annotation.annotations.text")).setKey("text").setFlexGrow(3);
        spans.addColumn(span -> layerNames.getOrDefault(span.layer(), "?"))
                .setHeader(getTranslation("annotation.annotations.layer")).setKey("layer")
                .setAutoWidth(true);
        spans.addColumn(span -> labelNames.getOrDefault(span.label(), "?"))
                .setHeader(getTranslation("annotation.annotations.label")).setKey("label")
                .setAutoWidth(true);
        spans.setEmptyStateText(getTranslation("annotation.annotations.empty"));
        add(back, title, blindNote, annotator, spans);
        setFlexGrow(1, spans);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = DocumentRoute.document(event, corpus).orElse(null);
        if (document == null) {
            return;
        }
        List<LayerSchema> layers = schema.layers(document.projectId());
        layerNames = layers.stream().collect(Collectors.toMap(LayerSchema::id, LayerSchema::name));
        labelNames = layers.stream().flatMap(layer -> layer.labels().stream())
                .collect(Collectors.toMap(LabelSchema::id, LabelSchema::name, (a, b) -> a));
        back.setText(getTranslation("annotation.annotations.back"));
        back.setRoute(AnnotateView.class, AnnotateView.parameters(document.id()));
        title.setText(getTranslation("annotation.annotations.heading", document.title()));
        List<String> visible = annotations.annotatorsOf(document.id());
        boolean blind = corpus.projectDetails(document.projectId()).blind();
        blindNote.setText(getTranslation(blind ? "annotation.annotations.blind" : "annotation.annotations.open"));
        annotator.setItems(visible);
        annotator.setValue(visible.isEmpty() ? null : visible.getFirst());
        show(annotator.getValue());
    }

    private void show(String username) {
        spans.setItems(username == null ? List.of() : annotations.annotationsOf(document.id(), username).spans());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annotation.annotations.page-title", document == null
                ? getTranslation("annotation.annotations.document") : document.title());
    }
}
