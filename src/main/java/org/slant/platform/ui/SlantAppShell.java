package org.slant.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Locale;
import org.slant.platform.InterfaceLanguages;

/** The page every view lives in: Lumo, Lumo's utility classes and Slant's own styles. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/slant.css")
public class SlantAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        Locale reader = InterfaceLanguages.forBrowser(settings.getRequest() == null ? null
                : settings.getRequest().getLocale());
        settings.addMetaTag("description", VaadinService.getCurrent().getInstantiator().getI18NProvider()
                .getTranslation("platform.brand.description", reader));
    }
}
