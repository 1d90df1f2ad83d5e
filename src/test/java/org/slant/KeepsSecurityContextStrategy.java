package org.slant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For tests that start applications of their own beside the shared one. Each Vaadin application installs its own
 * holder of the signed-in user as Spring Security's global one; once such an application has started, the shared
 * application's filters and its services would look in different holders. This gives the shared one its holder back.
 */
public class KeepsSecurityContextStrategy implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(
            KeepsSecurityContextStrategy.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(HERE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolderStrategy shared = context.getStore(HERE).get("strategy",
                SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(shared);
    }
}
