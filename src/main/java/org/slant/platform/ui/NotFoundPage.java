package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere: a project or document that does not exist (or is not the person's to see, which
 * reads the same, so that its name is not learnt), or a mistyped path.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found · Slant")
@AnonymousAllowed
public class NotFoundPage extends RefusalPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        show("Not found", parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : "Nothing is at /" + path, "Check the address, or start from your projects.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
