package org.slant.platform.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of a project that the person's role does not open (an annotator on the progress or agreement page, say):
 * the rule that refused them, read as a page.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not for your role · Slant")
@AnonymousAllowed
public class NotForYourRolePage extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("This page is not for your role", parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : "your account may not open it", "If you need it, ask the project's managers.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
