package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere: a project or document that does not exist (or is not the person's to see, which
 * reads the same, so that its name is not learnt), or a mistyped path.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundPage extends RefusalPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("platform.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        show(getTranslation("platform.not-found.heading"), parameter.hasCustomMessage()
                ? parameter.getCustomMessage() : getTranslation("platform.not-found.nothing", path),
                getTranslation("platform.not-found.advice"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
