package org.slant.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slant.SlantSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The token service and the check the API's security chain makes with it, against the real database. */
@SlantSpringTest
class AccessTokenTest {

    @Autowired
    AccessTokens tokens;
    @Autowired
    AccessTokenCheck tokenCheck;
    @Autowired
    UserDetailsService accountDetails;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(users, passwords, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTokenLetsItsOwnerIn() {
        User owner = accounts.create("service-owner", SystemRole.USER);
        signIn(owner);
        CreatedAccessToken created = tokens.create("  my script  ", 10);
        assertThat(created.name()).isEqualTo("my script");
        assertThat(created.toString()).doesNotContain(created.token());

        assertThat(tokens.authenticate(created.token())).map(User::getId).contains(owner.getId());
        assertThat(tokens.authenticate(created.token().toLowerCase())).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.tokens()).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("my script");
            assertThat(token.status()).isEqualTo(AccessTokenStatus.ACTIVE);
            assertThat(token.lastUsedAt()).isNotNull();
        });
    }

    @Test
    void aTokenGivesTheAuthoritiesThePasswordGivesWithTheBearerFactor() {
        for (SystemRole role : SystemRole.values()) {
            User owner = accounts.create("authorities-" + role.name().toLowerCase(), role);
            signIn(owner);
            String token = tokens.create("authorities", null).token();

            Authentication result = new AccessTokenAuthenticationProvider(tokenCheck)
                    .authenticate(AccessTokenAuthentication.unchecked(token));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getName()).isEqualTo(owner.getUsername());
            assertThat(names(result.getAuthorities())).containsExactlyInAnyOrder("ROLE_" + role.name(),
                    "FACTOR_BEARER");
            assertThat(names(accountDetails.loadUserByUsername(owner.getUsername()).getAuthorities()))
                    .containsExactly("ROLE_" + role.name());
        }
    }

    @Test
    void theCheckRefusesAnUnknownToken() {
        AccessTokenAuthenticationProvider check = new AccessTokenAuthenticationProvider(tokenCheck);
        assertThatThrownBy(() -> check.authenticate(AccessTokenAuthentication.unchecked("slant_" + "0".repeat(40))))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(AccessTokenAuthentication.unchecked("x").isAuthenticated()).isFalse();
        assertThatThrownBy(() -> AccessTokenAuthentication.unchecked("x").setAuthenticated(true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static void signIn(User user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.getUsername(), null, List.of()));
    }
}
