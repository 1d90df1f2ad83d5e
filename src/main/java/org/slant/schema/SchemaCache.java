package org.slant.schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slant.corpus.CorpusService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Projects' layers with their labels and attributes, kept between requests: every span save checks against them,
 * and reading them costs three queries. Kept with the project's schema version they were read under; a save reads
 * the version with its document ({@link org.slant.corpus.DocumentToAnnotate}) and reads the layers afresh when it
 * differs. Every change of a schema ({@link SchemaEditor}, presets) calls {@link #changing} in its transaction, which
 * moves the version on in the database, so a change made through any Slant instance on the database is seen by the
 * next save on every other (decision 0028).
 *
 * <p>The version is read (with the document) before the layers, and each statement sees at least what the one before
 * saw, so kept layers are never older than the version kept with them: a save racing a change at worst reads them
 * once more.
 */
@Component
class SchemaCache {

    /** Marks a transaction that changes a schema: what it reads may never be committed, so it is not kept. */
    private static final Object CHANGING = new Object();

    private record Kept(long version, List<LayerSchema> layers) {
    }

    private final Map<UUID, Kept> projects = new ConcurrentHashMap<>();
    private final CorpusService corpus;

    SchemaCache(CorpusService corpus) {
        this.corpus = corpus;
    }

    /** The project's layers as of schema version {@code version}, read with {@code read} unless kept. */
    List<LayerSchema> layers(UUID projectId, long version, Supplier<List<LayerSchema>> read) {
        Kept kept = projects.get(projectId);
        if (kept != null && kept.version() == version) {
            return kept.layers();
        }
        List<LayerSchema> layers = List.copyOf(read.get());
        if (!TransactionSynchronizationManager.hasResource(CHANGING)) {
            projects.put(projectId, new Kept(version, layers));
        }
        return layers;
    }

    /** The project's schema is being changed in the current transaction. */
    void changing(UUID projectId) {
        corpus.schemaChanging(projectId);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHANGING)) {
            TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
                }
            });
        }
    }
}
