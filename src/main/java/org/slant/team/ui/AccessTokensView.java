package org.slant.team.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.Problems;
import org.slant.team.AccessTokenStatus;
import org.slant.team.AccessTokenSummary;
import org.slant.team.AccessTokens;

/**
 * The signed-in user's personal access tokens, for scripts that call the REST API: made here (the secret is shown
 * once), listed without their secrets, and revoked.
 */
@Route("account/tokens")
@PageTitle("Access tokens · Slant")
@PermitAll
public class AccessTokensView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.systemDefault());
    static final int DEFAULT_DAYS = 90;

    private final AccessTokens accessTokens;
    final TextField name = new TextField("Name");
    final IntegerField expiresInDays = new IntegerField("Expires after (days)");
    final Button create = new Button("Create token", VaadinIcon.KEY.create());
    final Grid<AccessTokenSummary> tokens = new Grid<>();

    public AccessTokensView(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
        addClassName("slant-page");
        setSizeFull();

        Paragraph what = new Paragraph("A script calls the REST API with a token instead of your password, sending "
                + "the header 'Authorization: Bearer <token>'. It acts as you. Revoke a token you no longer use, or "
                + "one that may have leaked.");
        what.addClassName("slant-muted");

        name.setHelperText("What it is for, e.g. the nightly export");
        name.setMaxLength(100);
        name.setWidth("20rem");
        expiresInDays.setHelperText("1 to 3650; empty for a token that does not expire");
        expiresInDays.setMin(1);
        expiresInDays.setMax(3650);
        expiresInDays.setValue(DEFAULT_DAYS);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, expiresInDays, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        tokens.addColumn(AccessTokenSummary::name).setHeader("Name").setFlexGrow(3).setKey("name");
        tokens.addColumn(token -> token.prefix() + "…").setHeader("Token").setAutoWidth(true).setFlexGrow(0)
                .setKey("prefix");
        tokens.addColumn(token -> time(token.createdAt(), "")).setHeader("Created").setAutoWidth(true)
                .setFlexGrow(0).setKey("created");
        tokens.addColumn(token -> time(token.lastUsedAt(), "never")).setHeader("Last used").setAutoWidth(true)
                .setFlexGrow(0).setKey("lastUsed");
        tokens.addColumn(token -> time(token.expiresAt(), "never")).setHeader("Expires").setAutoWidth(true)
                .setFlexGrow(0).setKey("expires");
        tokens.addColumn(token -> status(token.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0)
                .setKey("status");
        tokens.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0).setKey("revoke");
        tokens.setEmptyStateText("No access tokens yet.");
        tokens.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        add(new H2("Access tokens"), what, form, tokens);
        setFlexGrow(1, tokens);
        refresh();
    }

    private void create() {
        try {
            NewTokenDialog shown = new NewTokenDialog(accessTokens.create(name.getValue(), expiresInDays.getValue()));
            Problems.clear(fields());
            name.clear();
            refresh();
            shown.open();
        } catch (InvalidInputException refused) {
            Problems.show(refused, fields());
        }
    }

    private Button revokeButton(AccessTokenSummary token) {
        Button revoke = new Button("Revoke", click -> {
            ConfirmDialog confirm = new ConfirmDialog("Revoke " + token.name() + "?", "Scripts that use the token "
                    + token.prefix() + "… are refused from now on. This cannot be undone.", "Revoke", confirmed -> {
                        accessTokens.revoke(token.id());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(token.status() == AccessTokenStatus.ACTIVE);
        return revoke;
    }

    void refresh() {
        tokens.setItems(accessTokens.tokens());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "expiresInDays", expiresInDays);
    }

    private static String time(Instant time, String none) {
        return time == null ? none : TIME.format(time);
    }

    private static String status(AccessTokenStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
        };
    }
}
