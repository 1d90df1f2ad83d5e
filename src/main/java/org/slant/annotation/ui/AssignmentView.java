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
    final IntegerField k = new IntegerField("Annotators per document (k)");
    final MultiSelectComboBox<String> annotators = new MultiSelectComboBox<>("Annotators");
    final TextField seed = new TextField("Random order (seed, optional)");
    final Button distribute = new Button("Distribute the documents");
    final Paragraph outcome = new Paragraph();
    final Grid<Map.Entry<String, Integer>> shares = new Grid<>();
    final ComboBox<DocumentSummary> document = new ComboBox<>("Document");
    final Select<String> from = new Select<>();
    final Select<String> to = new Select<>();
    final Button move = new Button("Move");
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
        seed.setHelperText("Empty: the documents' order. A number: a random order that the number repeats.");
        annotators.setHelperText("Members with the role annotator, unless you choose others");
        distribute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        distribute.addClickListener(click -> distribute());
        shares.addColumn(Map.Entry::getKey).setHeader("Annotator").setKey("annotator");
        shares.addColumn(Map.Entry::getValue).setHeader("Documents").setKey("documents");
        shares.setAllRowsVisible(true);
        document.setItemLabelGenerator(summary -> summary.position() + ". " + summary.title());
        document.setWidth("28rem");
        from.setLabel("From");
        to.setLabel("To");
        move.addClickListener(click -> move());
        HorizontalLayout plan = new HorizontalLayout(k, annotators, seed, distribute);
        plan.setAlignItems(FlexComponent.Alignment.BASELINE);
        plan.setWidthFull();
        holders.addColumn(row -> row.position() + ". " + row.title()).setHeader("Document").setKey("document")
                .setFlexGrow(2);
        holders.addColumn(row -> row.holders().isEmpty() ? "nobody yet" : row.holders().stream()
                .map(holder -> holder.annotator() + " (" + holder.status().words() + ")")
                .collect(Collectors.joining(", "))).setHeader("Annotators").setKey("annotators").setFlexGrow(3);
        holders.setHeight("24rem");
        // a click on a document readies the move: the document and, when one has it, its first holder
        holders.addItemClickListener(click -> chooseToMove(click.getItem()));
        HorizontalLayout byHand = new HorizontalLayout(document, from, to, move);
        byHand.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new H3("Distribute"), new Paragraph("Each document goes to k distinct annotators; everyone's "
                + "share differs by at most one document; a story's articles go to the same annotators as far as "
                + "that allows. Work already assigned stays. Afterwards annotators see only their own documents."),
                plan, outcome, shares, new H3("Move a document"), new Paragraph("A document nobody has started "
                + "can go from one annotator to another. Click a document below to choose it."), byHand,
                new H3("Who has which document"), holders);
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
            seed.setErrorMessage("a whole number, or empty");
            return;
        }
        try {
            Distribution done = assignment.distribute(project.id(), k.getValue(), new ArrayList<>(
                    annotators.getValue()), seedValue);
            Problems.clear(fields);
            outcome.setText(done.created() + " assignments made, " + done.k() + " per document.");
            shares.setItems(new ArrayList<>(done.shares().entrySet()));
            holders.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            outcome.setText(refused.problems().getFirst().message());
        }
    }

    void move() {
        if (document.getValue() == null) {
            document.setInvalid(true);
            document.setErrorMessage("choose a document");
            return;
        }
        try {
            assignment.reassign(document.getValue().id(), from.getValue(), to.getValue());
            document.setInvalid(false);
            Problems.success("Moved to " + to.getValue());
            holders.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            Problems.error(refused.problems().getFirst().message());
        }
    }

    @Override
    public String getPageTitle() {
        return "Assignment · " + (project == null ? "Project" : project.name()) + " · Slant";
    }
}
