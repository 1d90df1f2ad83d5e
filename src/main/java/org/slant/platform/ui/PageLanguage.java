package org.slant.platform.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Tells the browser which language the page speaks ({@code <html lang>}), so that screen readers pronounce it and
 * the browser hyphenates and spell-checks in it; set on each navigation, after every choice of the UI's locale.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> enter.getUI()
                .getPage().executeJs("document.documentElement.lang = $0",
                        enter.getUI().getLocale().toLanguageTag())));
    }
}
