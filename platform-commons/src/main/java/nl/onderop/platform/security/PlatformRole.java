package nl.onderop.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of ARCHITECTURE.md; anything else in a token is ignored. */
public enum PlatformRole {
    PLATFORM_ADMIN("platform-admin"),
    MUNICIPALITY_COORDINATOR("municipality-coordinator"),
    ORG_COORDINATOR("org-coordinator"),
    VOLUNTEER("volunteer"),
    NEWCOMER("newcomer");

    private final String claimValue;

    PlatformRole(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    public String authority() {
        return "ROLE_" + claimValue;
    }

    public static Optional<PlatformRole> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
