package org.slant.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slant.platform.ForbiddenException;
import org.slant.platform.InterfaceLanguages;
import org.slant.platform.InvalidInputException;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Message;
import org.slant.platform.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: admins create, deactivate and reset them; everyone changes their own password. */
@Service
@Transactional
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final int MAX_DISPLAY_NAME = 100;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    Accounts(UserRepository users, PasswordEncoder passwords, ProjectAccess access, CurrentUser currentUser) {
        this.users = users;
        this.passwords = passwords;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<Account> accounts() {
        access.requireAdmin();
        return users.findAll().stream().sorted(Comparator.comparing(user -> user.getUsername().toLowerCase()))
                .map(Account::of).toList();
    }

    @Transactional(readOnly = true)
    public Account me() {
        return Account.of(caller());
    }

    public Account create(String username, String displayName, String password, SystemRole role) {
        access.requireAdmin();
        List<Problem> problems = new ArrayList<>();
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            problems.add(Problem.of("username", Message.of("team.refusal.username-form")));
        } else if (users.findByUsername(name).isPresent()) {
            problems.add(Problem.of("username", Message.of("team.refusal.username-taken", name)));
        }
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (shown.length() > MAX_DISPLAY_NAME) {
            problems.add(Problem.of("displayName", Message.of("team.refusal.at-most", MAX_DISPLAY_NAME)));
        }
        checkPassword(password, "password", problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("team.refusal.account-not-created"), problems);
        }
        return Account.of(users.saveAndFlush(new User(name, shown, passwords.encode(password),
                role == null ? SystemRole.USER : role)));
    }

    /** Deactivated accounts cannot sign in (nor use their tokens); their work stays. */
    /**
     * Accounts for annotators an import names that have none here (docs/import.md#annotated-data): inactive, so
     * they cannot log in, and with the hash of a password nobody was ever told (no password). Only the project's
     * managers and system admins import, and the caller checks that; usernames are checked as {@link #create} does.
     *
     * @return the new accounts, in the order of {@code usernames}
     */
    public List<Account> createInactive(List<String> usernames) {
        List<Problem> problems = new ArrayList<>();
        for (String name : usernames) {
            if (!USERNAME.matcher(name).matches()) {
                problems.add(Problem.of("annotations", Message.of("team.refusal.not-a-username", name)));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("team.refusal.annotators-not-created"), problems);
        }
        if (usernames.isEmpty()) {
            return List.of();
        }
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        // one hash serves every account of this import: nobody knows the secret, which is dropped here
        String unusable = passwords.encode(java.util.Base64.getEncoder().encodeToString(secret));
        List<Account> created = new ArrayList<>(usernames.size());
        for (String name : usernames) {
            User user = new User(name, name, unusable, SystemRole.USER);
            user.setActive(false);
            created.add(Account.of(users.saveAndFlush(user)));
        }
        return created;
    }

    public Account setActive(UUID userId, boolean active) {
        access.requireAdmin();
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!active && user.getId().equals(caller().getId())) {
            throw InvalidInputException.of("active", Message.of("team.refusal.own-account"));
        }
        user.setActive(active);
        return Account.of(users.saveAndFlush(user));
    }

    public Account resetPassword(UUID userId, String password) {
        access.requireAdmin();
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        List<Problem> problems = new ArrayList<>();
        checkPassword(password, "password", problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("team.refusal.password-not-set"), problems);
        }
        user.setPasswordHash(passwords.encode(password));
        return Account.of(users.saveAndFlush(user));
    }

    /** The interface language the signed-in user chose; empty when they follow their browser's languages. */
    @Transactional(readOnly = true)
    public Optional<Locale> myInterfaceLanguage() {
        return InterfaceLanguages.of(caller().getInterfaceLanguage());
    }

    /**
     * Chooses the signed-in user's interface language, by its tag ("en", "de"); blank or null to follow the
     * browser's languages again.
     */
    public void chooseInterfaceLanguage(String tag) {
        User user = caller();
        if (tag == null || tag.isBlank()) {
            user.setInterfaceLanguage(null);
        } else {
            Locale language = InterfaceLanguages.of(tag).orElseThrow(() -> InvalidInputException.of(
                    "interfaceLanguage", Message.of("team.refusal.language", tag, InterfaceLanguages.ALL.stream()
                            .map(Locale::getLanguage).toList().toString())));
            user.setInterfaceLanguage(language.getLanguage());
        }
        users.saveAndFlush(user);
    }

    /** The signed-in user's own password, given the current one. */
    public void changeOwnPassword(String current, String replacement) {
        User user = caller();
        List<Problem> problems = new ArrayList<>();
        if (current == null || !passwords.matches(current, user.getPasswordHash())) {
            problems.add(Problem.of("currentPassword", Message.of("team.refusal.not-current-password")));
        }
        checkPassword(replacement, "newPassword", problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("team.refusal.password-not-changed"), problems);
        }
        user.setPasswordHash(passwords.encode(replacement));
        users.saveAndFlush(user);
    }

    private static void checkPassword(String password, String field, List<Problem> problems) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(Problem.of(field, Message.of("team.refusal.at-least", MIN_PASSWORD_LENGTH)));
        }
    }

    private User caller() {
        return currentUser.id().flatMap(users::findById)
                .orElseThrow(() -> new ForbiddenException(Message.of("team.refusal.signed-out")));
    }
}
