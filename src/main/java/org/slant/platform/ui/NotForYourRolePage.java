package org.slant.platform.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of a project that the person's role does not open (an annotator on the progress or agreement page, say):
 * the rule that refused them, read as a page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotForYourRolePage extends RefusalPage implements HasErrorParameter<AccessDeniedException>,
        HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("platform.role.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("platform.role.heading"), parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : getTranslation("platform.role.reason"), getTranslation("platform.role.advice"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
