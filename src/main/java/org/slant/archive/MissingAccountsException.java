package org.slant.archive;

import java.util.List;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;

/**
 * The archive names people who have no account here, and the caller may not create accounts (only a system admin's
 * import does). Nothing has been stored.
 */
public class MissingAccountsException extends InvalidInputException {

    private final List<String> usernames;

    MissingAccountsException(List<String> usernames) {
        super(Message.of("archive.refusal.missing-accounts", usernames.size(), String.valueOf(usernames.size()),
                String.join(", ", usernames)),
                usernames.stream().map(username -> Problem.of(ArchiveFile.ANNOTATORS.fileName,
                        Message.of("archive.refusal.no-account", username))).toList());
        this.usernames = List.copyOf(usernames);
    }

    /** The archive's usernames that no account here has, in the archive's order. */
    public List<String> usernames() {
        return usernames;
    }
}
