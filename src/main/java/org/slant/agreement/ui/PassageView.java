package org.slant.agreement.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.agreement.AgreementOptions;
import org.slant.agreement.AgreementService;
import org.slant.agreement.Passage;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.InvalidInputException;
import org.slant.platform.NotFoundException;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;

/**
 * One disagreement side by side: the passage once per annotator, each with their own spans in their labels' colours
 * and the disagreeing stretch outlined, or their answers to an article-level question.
 */
@Route("projects/:projectId/agreement/passage")
@PermitAll
@StyleSheet("styles/agreement.css")
public class PassageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final AgreementService agreement;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.AGREEMENT);
    final Anchor back = new Anchor("", getTranslation("agreement.passage.back"));
    final H3 title = new H3();
    final Paragraph problem = new Paragraph();
    final Paragraph legend = new Paragraph(getTranslation("agreement.passage.legend"));
    final Div columns = new Div();
    private ProjectSummary project;

    public PassageView(CorpusService corpus, AgreementService agreement) {
        this.corpus = corpus;
        this.agreement = agreement;
        addClassNames("slant-page", "slant-passage");
        setWidthFull();
        problem.addClassName("slant-problem");
        problem.setVisible(false);
        columns.addClassName("slant-passage-columns");
        legend.addClassName("slant-chart-caption");
        add(header, back, title, legend, problem, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectForEveryonesWork(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        back.setHref("projects/" + project.id() + "/agreement");
        var query = event.getLocation().getQueryParameters();
        try {
            UUID document = uuid(query.getSingleParameter("document"), "document");
            String layer = query.getSingleParameter("layer").filter(name -> !name.isBlank())
                    .orElseThrow(() -> InvalidInputException.of("layer",
                            getTranslation("agreement.passage.problem.missing", "layer")));
            int start = number(query.getSingleParameter("start"), "start");
            int end = number(query.getSingleParameter("end"), "end");
            AgreementOptions.Work work = "started".equals(query.getSingleParameter("work").orElse("done"))
                    ? AgreementOptions.Work.STARTED : AgreementOptions.Work.DONE;
            Set<UUID> annotators = query.getSingleParameter("annotators").map(ids -> Arrays.stream(ids.split(","))
                    .map(id -> uuid(Optional.of(id), "annotators")).collect(Collectors.toSet())).orElse(Set.of());
            AgreementOptions.Gold gold = switch (query.getSingleParameter("gold").orElse("none")) {
                case "curated" -> AgreementOptions.Gold.CURATED;
                case "any" -> AgreementOptions.Gold.ANY;
                default -> AgreementOptions.Gold.NONE;
            };
            show(agreement.passage(project.id(), document, layer, start, end,
                    new AgreementOptions(annotators, work, Set.of(), gold)));
        } catch (InvalidInputException | NotFoundException wrong) {
            title.setText(getTranslation("agreement.passage.cannot-be-shown"));
            problem.setText(Problems.said(wrong));
            problem.setVisible(true);
        }
    }

    private void show(Passage passage) {
        title.setText(passage.documentTitle() + " · " + passage.layer());
        columns.removeAll();
        if (passage.readings().isEmpty()) {
            problem.setText(getTranslation("agreement.passage.no-work"));
            problem.setVisible(true);
        }
        columns.getStyle().set("--slant-passage-columns", String.valueOf(Math.max(1, passage.readings().size())));
        for (Passage.Reading reading : passage.readings()) {
            Div column = new Div();
            column.addClassName("slant-passage-column");
            H3 name = new H3(reading.annotator());
            column.add(name);
            if (!reading.answers().isEmpty() || reading.marks().isEmpty() && passage.focusStart() == passage.focusEnd()) {
                Paragraph answers = new Paragraph(reading.answers().isEmpty()
                        ? getTranslation("agreement.passage.no-answer")
                        : getTranslation("agreement.passage.answer", String.join(", ", reading.answers())));
                answers.addClassName("slant-passage-answer");
                column.add(answers);
            }
            column.add(text(passage, reading.marks()));
            columns.add(column);
        }
    }

    /** The passage's text cut at every boundary of this annotator's marks and of the disagreement. */
    private static Div text(Passage passage, List<Passage.Mark> marks) {
        int start = passage.start();
        int end = start + passage.text().codePointCount(0, passage.text().length());
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(start, end));
        if (passage.focusEnd() > passage.focusStart()) {
            cuts.add(passage.focusStart());
            cuts.add(passage.focusEnd());
        }
        marks.forEach(mark -> {
            cuts.add(Math.clamp(mark.start(), start, end));
            cuts.add(Math.clamp(mark.end(), start, end));
        });
        Div text = new Div();
        text.addClassName("slant-passage-text");
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int pieceStart = from;
            int pieceEnd = to;
            Span piece = new Span(slice(passage, pieceStart, pieceEnd));
            List<Passage.Mark> covering = marks.stream()
                    .filter(mark -> mark.start() <= pieceStart && mark.end() >= pieceEnd).toList();
            if (!covering.isEmpty()) {
                Passage.Mark mark = covering.getLast();
                piece.addClassName("slant-passage-mark");
                piece.getStyle().set("--slant-label-colour", mark.colour());
                piece.getElement().setAttribute("title", covering.stream().map(Passage.Mark::label).distinct()
                        .collect(Collectors.joining(", ")));
                piece.getElement().setAttribute("data-labels", piece.getElement().getAttribute("title"));
            }
            if (pieceStart >= passage.focusStart() && pieceEnd <= passage.focusEnd()
                    && passage.focusEnd() > passage.focusStart()) {
                piece.addClassName("slant-passage-focus");
            }
            text.add(piece);
            if (covering.stream().anyMatch(mark -> mark.end() == pieceEnd)) {
                Span tag = new Span(covering.stream().filter(mark -> mark.end() == pieceEnd)
                        .map(Passage.Mark::label).distinct().collect(Collectors.joining(", ")));
                tag.addClassName("slant-passage-tag");
                text.add(tag);
            }
        }
        return text;
    }

    private static String slice(Passage passage, int from, int to) {
        String text = passage.text();
        int begin = text.offsetByCodePoints(0, from - passage.start());
        return text.substring(begin, text.offsetByCodePoints(begin, to - from));
    }

    private static UUID uuid(Optional<String> value, String parameter) {
        try {
            return UUID.fromString(value.orElseThrow(() -> InvalidInputException.of(parameter,
                    I18NProvider.translate("agreement.passage.problem.missing", parameter))).strip());
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of(parameter,
                    I18NProvider.translate("agreement.passage.problem.not-an-id", value.orElse("")));
        }
    }

    private static int number(Optional<String> value, String parameter) {
        try {
            return Integer.parseInt(value.orElseThrow(() -> InvalidInputException.of(parameter,
                    I18NProvider.translate("agreement.passage.problem.number-missing", parameter))).strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of(parameter,
                    I18NProvider.translate("agreement.passage.problem.not-a-number", value.orElse("")));
        }
    }

    @Override
    public String getPageTitle() {
        return project == null ? getTranslation("agreement.passage.page-title.no-project")
                : getTranslation("agreement.passage.page-title", project.name());
    }
}
