package org.slant.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slant.annotation.Distribution;
import org.slant.annotation.DocumentHolders;
import org.slant.annotation.WorkAssignment;
import org.slant.corpus.CorpusService;
import org.slant.corpus.DocumentFilter;
import org.slant.corpus.DocumentSummary;
import org.slant.corpus.ProjectSummary;
import org.slant.corpus.ui.ProjectRoute;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.platform.ui.ProjectTabs;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectRole;
import org.springframework.data.domain.PageRequest;

/** Managers hand out the documents: k annotators each, and single documents moved by hand. */
@Route("projects/:projectId/assignment")
@PermitAll
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CorpusService corpus;
    private final Memberships memberships;
    private final WorkAssignment assignment;
    private final ProjectTabs header = new ProjectTabs(ProjectTabs.Tab.ASSIGNMENT);
    final IntegerField k = new IntegerField(getTranslation("annotation.assignment.k"));
    final MultiSelectComboBox<String> annotators = new MultiSelectComboBox<>(
            getTranslation("annotation.assignment.annotators"));
    final TextField seed = new TextField(getTranslation("annotation.assignment.seed"));
    final Button distribute = new Button(getTranslation("annotation.assignment.distribute"));
    final Paragraph outcome = new Paragraph();
    final Grid<Map.Entry<String, Integer>> shares = new Grid<>();
    final ComboBox<DocumentSummary> document = new ComboBox<>(getTranslation("annotation.assignment.document"));
    final Select<String> from = new Select<>();
    final Select<String> to = new Select<>();
    final Button move = new Button(getTranslation("annotation.assignment.move"));
    /** Who has which document, in the project's order. */
    final Grid<DocumentHolders> holders = new Grid<>();
    private ProjectSummary project;

    public AssignmentView(CorpusService corpus, Memberships memberships, WorkAssignment assignment) {
        this.corpus = corpus;
        this.memberships = memberships;
        this.assignment = assignment;
        addClassName("slant-page");
        k.setMin(1);
        k.setStepButtonsVisible(true);
        seed.setHelperText(getTranslation("annotation.assignment.seed.help"));
        annotators.setHelperText(getTranslation("annotation.assignment.annotators.help"));
        distribute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        distribute.addClickListener(click -> distribute());
        shares.addColumn(Map.Entry::getKey)
                .setHeader(getTranslation("annotation.assignment.annotator")).setKey("annotator");
        shares.addColumn(entry -> LocalFormats.count(entry.getValue()))
                .setHeader(getTranslation("annotation.assignment.documents")).setKey("documents");
        shares.setAllRowsVisible(true);
        document.setItemLabelGenerator(summary -> summary.position() + ". " + summary.title());
        document.setWidth("28rem");
        from.setLabel(getTranslation("annotation.assignment.from"));
        to.setLabel(getTranslation("annotation.assignment.to"));
        move.addClickListener(click -> move());
        HorizontalLayout plan = new HorizontalLayout(k, annotators, seed, distribute);
        plan.setAlignItems(FlexComponent.Alignment.BASELINE);
        plan.setWidthFull();
        holders.addColumn(row -> row.position() + ". " + row.title())
                .setHeader(getTranslation("annotation.assignment.document")).setKey("document")
                .setFlexGrow(2);
        holders.addColumn(row -> row.holders().isEmpty() ? getTranslation("annotation.assignment.nobody")
                : row.holders().stream().map(holder -> getTranslation("annotation.assignment.holder",
                        holder.annotator(), ProgressWords.words(holder.status())))
                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("annotation.assignment.annotators")).setKey("annotators").setFlexGrow(3);
        holders.setHeight("24rem");
        // a click on a document readies the move: the document and, when one has it, its first holder
        holders.addItemClickListener(click -> chooseToMove(click.getItem()));
        HorizontalLayout byHand = new HorizontalLayout(document, from, to, move);
        byHand.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new H3(getTranslation("annotation.assignment.distribute.heading")),
                new Paragraph(getTranslation("annotation.assignment.distribute.help")), plan, outcome, shares,
                new H3(getTranslation("annotation.assignment.move.heading")),
                new Paragraph(getTranslation("annotation.assignment.move.help")), byHand,
                new H3(getTranslation("annotation.assignment.holders.heading")), holders);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        project = ProjectRoute.projectToChange(event, corpus).orElse(null);
        if (project == null) {
            return;
        }
        header.show(project.id(), project.name(), corpus.canChange(project.id()),
                corpus.seesEveryonesWork(project.id()));
        k.setValue(corpus.projectDetails(project.id()).annotatorsPerDocument());
        List<Member> members = memberships.members(project.id());
        List<String> names = members.stream().map(Member::username).toList();
        annotators.setItems(names);
        annotators.setValue(Set.copyOf(members.stream().filter(member -> member.role() == ProjectRole.ANNOTATOR)
                .map(Member::username).toList()));
        from.setItems(names);
        to.setItems(names);
        document.setItems(query -> corpus.documents(project.id(), new DocumentFilter(null, null,
                query.getFilter().orElse("")), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        UUID projectId = project.id();
        holders.setItems(query -> assignment.whoHasWhat(projectId, query.getOffset(), query.getLimit()).stream());
    }

    private void chooseToMove(DocumentHolders row) {
        // the move needs only the id; the field shows position and title
        document.setValue(new DocumentSummary(row.documentId(), row.position(), row.title(), null, null, 0, null, null));
        if (!row.holders().isEmpty()) {
            from.setValue(row.holders().getFirst().annotator());
        }
    }

    void distribute() {
        Map<String, TextField> fields = Map.of("seed", seed);
        Long seedValue;
        try {
            seedValue = seed.getValue().isBlank() ? null : Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            seed.setInvalid(true);
            seed.setErrorMessage(getTranslation("annotation.assignment.seed.invalid"));
            return;
        }
        try {
            Distribution done = assignment.distribute(project.id(), k.getValue(), new ArrayList<>(
                    annotators.getValue()), seedValue);
            Problems.clear(fields);
            outcome.setText(getTranslation("annotation.assignment.made", done.created(), done.k()));
            shares.setItems(new ArrayList<>(done.shares().entrySet()));
            holders.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            outcome.setText(refused.problems().getFirst().message());
        }
    }

    void move() {
        if (document.getValue() == null) {
            document.setInvalid(true);
            document.setErrorMessage(getTranslation("annotation.assignment.choose-document"));
            return;
        }
        try {
            assignment.reassign(document.getValue().id(), from.getValue(), to.getValue());
            document.setInvalid(false);
            Problems.success(getTranslation("annotation.assignment.moved", to.getValue()));
            holders.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            Problems.error(refused.problems().getFirst().message());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annotation.assignment.page-title", project == null
                ? getTranslation("annotation.assignment.project") : project.name());
    }
}
