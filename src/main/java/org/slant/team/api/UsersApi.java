package org.slant.team.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.platform.InvalidInputException;
import org.slant.team.Account;
import org.slant.team.Accounts;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
import org.slant.team.SystemRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users and members")
class UsersApi {

    private final Accounts accounts;
    private final AnnotatorProfiles profiles;

    UsersApi(Accounts accounts, AnnotatorProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @GetMapping("/me/profile")
    @Operation(summary = "The caller's annotator profile (optional; for perspectivist exports; managers see it)")
    AnnotatorProfile profile() {
        return profiles.mine();
    }

    @PutMapping("/me/profile")
    @Operation(summary = "Fill in or change the caller's annotator profile; every field may be left out")
    AnnotatorProfile saveProfile(@RequestBody AnnotatorProfile profile) {
        return profiles.saveMine(profile);
    }

    @GetMapping
    @Operation(summary = "Every account (system admins)")
    List<Account> accounts() {
        return accounts.accounts();
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's own account")
    Account me() {
        return accounts.me();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (system admins); passwords have at least 10 characters")
    Account create(@RequestBody NewAccount account) {
        return accounts.create(account.username(), account.displayName(), account.password(), account.systemRole());
    }

    @PutMapping("/{userId}")
    @Operation(summary = "Activate or deactivate an account, or set its password (system admins)")
    Account change(@PathVariable UUID userId, @RequestBody AccountChange change) {
        Account changed = null;
        if (change.active() != null) {
            changed = accounts.setActive(userId, change.active());
        }
        if (change.password() != null) {
            changed = accounts.resetPassword(userId, change.password());
        }
        if (changed == null) {
            throw InvalidInputException.of("active", "give 'active' (true or false) or 'password' to change");
        }
        return changed;
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's own password, given the current one")
    void changeOwnPassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
    }

    record NewAccount(String username, String displayName, String password, SystemRole systemRole) {
    }

    record AccountChange(Boolean active, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
