package org.slant.annotation;

import java.util.List;
import java.util.UUID;
import org.slant.annotation.PreAnnotations.PreAnnotation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores pre-annotations for tests of other packages the way an import does: in a transaction of its own. */
public final class PreAnnotationsFixture {

    private PreAnnotationsFixture() {
    }

    /** @return how many were new */
    public static int store(PreAnnotations preAnnotations, PlatformTransactionManager transactions, UUID projectId,
            List<PreAnnotation> rows, String importedFrom) {
        return new TransactionTemplate(transactions).execute(status -> preAnnotations.store(projectId, rows, null,
                importedFrom));
    }
}
