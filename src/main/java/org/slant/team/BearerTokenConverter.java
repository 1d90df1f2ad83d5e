package org.slant.team;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750; the scheme in any case). Any other request is left to the
 * other ways in, such as HTTP Basic.
 */
public class BearerTokenConverter implements AuthenticationConverter {

    private static final String SCHEME = "Bearer";

    @Override
    public AccessTokenAuthentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        String[] schemeAndToken = header.strip().split(" ", 2);
        if (!schemeAndToken[0].equalsIgnoreCase(SCHEME)) {
            return null;
        }
        return AccessTokenAuthentication.unchecked(schemeAndToken.length == 2 ? schemeAndToken[1].strip() : "");
    }
}
