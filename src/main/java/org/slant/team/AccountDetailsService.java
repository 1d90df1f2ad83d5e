package org.slant.team;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for Spring Security's login (form and HTTP Basic); access tokens get the same authorities. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return details(users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account named " + username)));
    }

    /** An active account let in by an access token: no password (the token was the credential). */
    static UserDetails details(String username, SystemRole role) {
        return org.springframework.security.core.userdetails.User.withUsername(username)
                .password("")
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())))
                .build();
    }

    /** The account as Spring Security sees it, whether it signs in with its password or with an access token. */
    static UserDetails details(User user) {
        return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isActive())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + user.getSystemRole().name())))
                .build();
    }
}
