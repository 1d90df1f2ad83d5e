package org.slant.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** Reads what an export names besides the work itself: annotators' usernames, the documents per story. */
@Component
class ExportReader {

    private final JdbcTemplate jdbc;

    ExportReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Usernames by user id. */
    Map<UUID, String> usernames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select id, username from app_user where id = any(?)");
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            return statement;
        }, (RowCallbackHandler) row -> names.put(row.getObject(1, UUID.class), row.getString(2)));
        return names;
    }

    /** The project's documents per story; a document without a story is a group of its own, keyed by its id. */
    Map<UUID, Integer> groupSizes(UUID projectId) {
        Map<UUID, Integer> sizes = new HashMap<>();
        jdbc.query("select coalesce(story_id, id) as grp, count(*) as documents from document "
                + "where project_id = ? group by 1", (RowCallbackHandler) row -> sizes.put(
                        row.getObject("grp", UUID.class), row.getInt("documents")), projectId);
        return sizes;
    }
}
