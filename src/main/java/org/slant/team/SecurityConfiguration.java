package org.slant.team;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slant.platform.api.DatabaseUnavailableFilter;
import org.slant.platform.api.ProblemResponses;
import org.slant.platform.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * Two doors: the REST API under {@code /api} (a personal access token as {@code Authorization: Bearer}, or HTTP
 * Basic; no session; errors as problem JSON) and the web UI (Vaadin's log-in form and session). Password log-ins at
 * either door are throttled per user name. While the database is out of reach the API answers 503 (its first filter
 * sees to failures in the others). The OpenAPI description is public: it describes the API, it holds no data.
 * Spring Boot's monitoring endpoints under {@code /actuator} are let in as the API is, health open to anyone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, AccessTokenCheck tokens,
            LoginThrottle throttle, ObjectProvider<SecurityContextHolderStrategy> contextHolder) throws Exception {
        http.securityMatcher("/api/**").authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return asTheApi(http, problems, tokens, throttle, contextHolder).build();
    }

    /**
     * Spring Boot's monitoring endpoints: health (up or down, for load balancers and proxies) is open, with its parts
     * (database, disk) shown to admins only; metrics and the Prometheus scrape are for admins, with a token or HTTP
     * Basic as at the API door.
     */
    @Bean
    @Order(0)
    SecurityFilterChain monitoringSecurity(HttpSecurity http, ProblemResponses problems, AccessTokenCheck tokens,
            LoginThrottle throttle, ObjectProvider<SecurityContextHolderStrategy> contextHolder) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**").authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health").permitAll().anyRequest().hasRole(SystemRole.ADMIN.name()));
        return asTheApi(http, problems, tokens, throttle, contextHolder).build();
    }

    /** A token or HTTP Basic on every request, no session, errors as problem JSON. */
    private static HttpSecurity asTheApi(HttpSecurity http, ProblemResponses problems, AccessTokenCheck tokens,
            LoginThrottle throttle, ObjectProvider<SecurityContextHolderStrategy> contextHolder) throws Exception {
        return http.addFilterBefore(bearerTokens(problems, tokens,
                        contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new DatabaseUnavailableFilter(problems), DisableEncodeUrlFilter.class)
                .authenticationProvider(new ThrottledLoginCheck(throttle))
                .httpBasic(basic -> basic.realmName("Slant").authenticationEntryPoint(problems::unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDescriptionSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        // Slant's own stylesheets are needed by the login page too; /session answers whether the caller is signed in
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/session").permitAll());
        http.authenticationProvider(new ThrottledLoginCheck(throttle));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * Spring Security's generic authentication filter, reading bearer tokens. It answers a bad token with a 401 at
     * once; a good one lets the request go on, with no session (the success handler does nothing else). Its manager
     * publishes no events, so token calls leave the log-in throttle alone.
     *
     * @param contextHolder the holder the chain's other filters use: Vaadin installs its own only once all beans
     *        exist, after this filter is made
     */
    private static AuthenticationFilter bearerTokens(ProblemResponses problems, AccessTokenCheck tokens,
            SecurityContextHolderStrategy contextHolder) {
        AuthenticationFilter filter = new AuthenticationFilter(
                new ProviderManager(new AccessTokenAuthenticationProvider(tokens)), new BearerTokenConverter());
        filter.setSecurityContextHolderStrategy(contextHolder);
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems::invalidToken));
        return filter;
    }

    /** bcrypt for new hashes; the {id} prefix lets stored hashes move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
