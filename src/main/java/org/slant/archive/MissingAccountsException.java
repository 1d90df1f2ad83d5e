package org.slant.archive;

import java.util.List;
import org.slant.platform.InvalidInputException;

/**
 * The archive names people who have no account here, and the caller may not create accounts (only a system admin's
 * import does). Nothing has been stored.
 */
public class MissingAccountsException extends InvalidInputException {

    private final List<String> usernames;

    MissingAccountsException(List<String> usernames) {
        super("The project archive names " + usernames.size() + (usernames.size() == 1 ? " person" : " people")
                + " without an account here (" + String.join(", ", usernames) + "), and only a system "
                + "administrator's import creates accounts: ask an administrator to create "
                + (usernames.size() == 1 ? "it" : "them") + " (or to import the archive), then import it again.",
                usernames.stream().map(username -> new Problem(ArchiveFile.ANNOTATORS.fileName,
                        "no account here is named '" + username + "'")).toList());
        this.usernames = List.copyOf(usernames);
    }

    /** The archive's usernames that no account here has, in the archive's order. */
    public List<String> usernames() {
        return usernames;
    }
}
