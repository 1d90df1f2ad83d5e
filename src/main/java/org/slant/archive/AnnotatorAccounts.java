package org.slant.archive;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds an account here for each of the archive's annotators, by username (without case, as logging in does). A
 * username this installation does not know gets a new account that cannot log in: inactive, and with the hash of a
 * password nobody was ever told. It keeps the archive's id when no account here has it. Only a system admin's import
 * may create accounts (as only admins create users); anyone else's is refused, naming the missing usernames.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AnnotatorAccounts {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    AnnotatorAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** @throws MissingAccountsException when an account is missing and {@code mayCreate} is false */
    AnnotatorMapping settle(List<ArchivedAnnotator> annotators, boolean mayCreate) {
        Map<ArchivedAnnotator, UUID> existing = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ArchivedAnnotator annotator : annotators) {
            jdbc.queryForList("select id from app_user where lower(username) = lower(?)", UUID.class,
                    annotator.username()).stream().findFirst().ifPresentOrElse(id -> existing.put(annotator, id),
                            () -> missing.add(annotator.username()));
        }
        if (!mayCreate && !missing.isEmpty()) {
            throw new MissingAccountsException(missing);
        }
        Map<UUID, UUID> localIds = new LinkedHashMap<>();
        List<String> matched = new ArrayList<>();
        List<String> created = new ArrayList<>();
        String unusablePassword = null;
        for (ArchivedAnnotator annotator : annotators) {
            UUID localId = existing.get(annotator);
            if (localId != null) {
                matched.add(annotator.username());
            } else {
                if (unusablePassword == null) {
                    // one hash serves every account of this import: nobody knows the secret, which is dropped here
                    unusablePassword = passwordEncoder.encode(secret());
                }
                localId = idIsFree(annotator.id()) ? annotator.id() : UUID.randomUUID();
                jdbc.update("insert into app_user (id, username, display_name, password_hash, system_role, active) "
                        + "values (?, ?, ?, ?, 'USER', false)", localId, annotator.username(),
                        annotator.displayName(), unusablePassword);
                created.add(annotator.username());
            }
            if (!localId.equals(annotator.id())) {
                localIds.put(annotator.id(), localId);
            }
        }
        return new AnnotatorMapping(localIds, matched, created);
    }

    private boolean idIsFree(UUID id) {
        return jdbc.queryForList("select 1 from app_user where id = ?", Integer.class, id).isEmpty();
    }

    private String secret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
