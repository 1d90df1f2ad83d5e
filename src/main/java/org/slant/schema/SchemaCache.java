package org.slant.schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Projects' layers with their labels and attributes, kept between requests: every span save checks against them,
 * and reading them costs three queries. Every change of a schema ({@link SchemaEditor}, presets) calls
 * {@link #changing} in its transaction; the project's layers are then dropped once that transaction has ended, when
 * the change is visible to everyone.
 *
 * <p>A save that read the old layers just before the change committed must not put them back afterwards: each
 * project has a generation, moved on by every drop, and layers read under an older generation are not kept.
 * Schema edits happen on this server only (one Slant server per database).
 */
@Component
class SchemaCache {

    private record Kept(long generation, List<LayerSchema> layers) {
    }

    /** A project's generation, and its layers when kept ({@code layers} null: not kept). */
    private final Map<UUID, Kept> projects = new ConcurrentHashMap<>();

    /** The project's layers, read with {@code read} unless kept; kept only if no change ended meanwhile. */
    List<LayerSchema> layers(UUID projectId, Supplier<List<LayerSchema>> read) {
        Kept kept = projects.get(projectId);
        if (kept != null && kept.layers() != null) {
            return kept.layers();
        }
        long generation = kept == null ? 0 : kept.generation();
        List<LayerSchema> layers = List.copyOf(read.get());
        projects.compute(projectId, (id, now) -> {
            long current = now == null ? 0 : now.generation();
            return current == generation ? new Kept(generation, layers) : now;
        });
        return layers;
    }

    /**
     * The project's schema is being changed in the current transaction: its kept layers are dropped now and again once
     * the transaction has ended (committed or rolled back), since others may read the old ones until then.
     */
    void changing(UUID projectId) {
        drop(projectId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop(projectId);
                }
            });
        }
    }

    private void drop(UUID projectId) {
        projects.compute(projectId, (id, now) -> new Kept(now == null ? 1 : now.generation() + 1, null));
    }
}
