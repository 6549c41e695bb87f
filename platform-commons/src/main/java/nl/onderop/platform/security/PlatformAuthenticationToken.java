package nl.onderop.platform.security;

import java.util.stream.Collectors;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** An authenticated request: the platform principal, backed by the validated JWT. */
public class PlatformAuthenticationToken extends AbstractAuthenticationToken {

    private final PlatformPrincipal principal;
    private final transient Jwt jwt;

    public PlatformAuthenticationToken(PlatformPrincipal principal, Jwt jwt) {
        super(principal.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toUnmodifiableList()));
        this.principal = principal;
        this.jwt = jwt;
        setAuthenticated(true);
    }

    @Override
    public PlatformPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Jwt getCredentials() {
        return jwt;
    }

    @Override
    public String getName() {
        return principal.subject();
    }
}
