package org.slant.team.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.slant.team.AccessTokenSummary;
import org.slant.team.AccessTokens;
import org.slant.team.CreatedAccessToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/me/tokens")
@Tag(name = "Access tokens")
class AccessTokensApi {

    private final AccessTokens tokens;

    AccessTokensApi(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The caller's personal access tokens, newest first, without their secrets")
    List<AccessTokenSummary> tokens() {
        return tokens.tokens();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Makes a personal access token for the caller",
            description = "The answer's token is the secret to send as 'Authorization: Bearer <token>'. It is shown "
                    + "only in this answer: Slant keeps only its SHA-256.")
    CreatedAccessToken create(@RequestBody NewAccessToken token) {
        return tokens.create(token.name(), token.expiresInDays());
    }

    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes one of the caller's tokens at once (a system admin may revoke anyone's)")
    void revoke(@PathVariable UUID tokenId) {
        tokens.revoke(tokenId);
    }

    /**
     * @param name what the token is for, e.g. the script that uses it
     * @param expiresInDays 1 to 3650; left out, the token does not expire
     */
    record NewAccessToken(String name, Integer expiresInDays) {
    }
}
