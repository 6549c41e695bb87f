package nl.onderop.platform.security;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with the same header-value rule (no ISO control characters, no unassigned
 * code points) checked by a plain loop instead of a regular expression. The regex version ran on every read of
 * a header; with a 1.5 KB bearer token read several times per request it took about 40% of the gateway's CPU.
 */
public final class HeaderValueFirewall {

    private HeaderValueFirewall() {
    }

    public static StrictServerWebExchangeFirewall create() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValueFirewall::isAllowedHeaderValue);
        return firewall;
    }

    /** True when no character is an ISO control character or an unassigned code point. */
    public static boolean isAllowedHeaderValue(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
