package org.slant.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slant.platform.ForbiddenException;

/**
 * A page a service refused to open for this person while it was being opened (a document not assigned to them in a
 * distributed project, say): the service's rule, read as a page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedPage extends RefusalPage implements HasErrorParameter<ForbiddenException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("platform.refused.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
        show(getTranslation("platform.refused.heading"), parameter.getException().in(LocalFormats.locale()),
                getTranslation("platform.refused.advice"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
