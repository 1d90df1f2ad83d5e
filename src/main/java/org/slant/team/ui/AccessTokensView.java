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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Map;
import org.slant.platform.InvalidInputException;
import org.slant.platform.ui.LocalFormats;
import org.slant.platform.ui.Problems;
import org.slant.team.AccessTokenStatus;
import org.slant.team.AccessTokenSummary;
import org.slant.team.AccessTokens;

/**
 * The signed-in user's personal access tokens, for scripts that call the REST API: made here (the secret is shown
 * once), listed without their secrets, and revoked.
 */
@Route("account/tokens")
@PermitAll
public class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 90;

    private final AccessTokens accessTokens;
    final TextField name = new TextField(getTranslation("platform.common.name"));
    final IntegerField expiresInDays = new IntegerField(getTranslation("team.tokens.expires-in-days"));
    final Button create = new Button(getTranslation("team.tokens.create"), VaadinIcon.KEY.create());
    final Grid<AccessTokenSummary> tokens = new Grid<>();

    public AccessTokensView(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
        addClassName("slant-page");
        setSizeFull();

        Paragraph what = new Paragraph(getTranslation("team.tokens.intro"));
        what.addClassName("slant-muted");

        name.setHelperText(getTranslation("team.tokens.name-help"));
        name.setMaxLength(100);
        name.setWidth("20rem");
        expiresInDays.setHelperText(getTranslation("team.tokens.expires-in-days-help"));
        expiresInDays.setMin(1);
        expiresInDays.setMax(3650);
        expiresInDays.setValue(DEFAULT_DAYS);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, expiresInDays, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        String never = getTranslation("team.tokens.never");
        tokens.addColumn(AccessTokenSummary::name).setHeader(getTranslation("platform.common.name")).setFlexGrow(3)
                .setKey("name");
        tokens.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("team.tokens.column.token"))
                .setAutoWidth(true).setFlexGrow(0).setKey("prefix");
        tokens.addColumn(token -> time(token.createdAt(), ""))
                .setHeader(getTranslation("team.tokens.column.created")).setAutoWidth(true)
                .setFlexGrow(0).setKey("created");
        tokens.addColumn(token -> time(token.lastUsedAt(), never))
                .setHeader(getTranslation("team.tokens.column.last-used")).setAutoWidth(true)
                .setFlexGrow(0).setKey("lastUsed");
        tokens.addColumn(token -> time(token.expiresAt(), never))
                .setHeader(getTranslation("team.tokens.column.expires")).setAutoWidth(true)
                .setFlexGrow(0).setKey("expires");
        tokens.addColumn(this::status).setHeader(getTranslation("team.tokens.column.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        tokens.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0).setKey("revoke");
        tokens.setEmptyStateText(getTranslation("team.tokens.none"));
        tokens.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        add(new H2(getTranslation("team.tokens.title")), what, form, tokens);
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
        Button revoke = new Button(getTranslation("team.tokens.revoke"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("team.tokens.revoke-question", token.name()),
                    getTranslation("team.tokens.revoke-consequence", token.prefix()),
                    getTranslation("team.tokens.revoke"), confirmed -> {
                        accessTokens.revoke(token.id());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("platform.common.cancel"));
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
        return time == null ? none : LocalFormats.minute(time);
    }

    private String status(AccessTokenSummary token) {
        return getTranslation(switch (token.status()) {
            case ACTIVE -> "team.tokens.status.active";
            case EXPIRED -> "team.tokens.status.expired";
            case REVOKED -> "team.tokens.status.revoked";
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.tokens.page-title");
    }
}
