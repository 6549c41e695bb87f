package nl.onderop.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.TreeSet;

import io.netty.util.NetUtil;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import nl.onderop.platform.security.PlatformAuthenticationToken;
import nl.onderop.platform.security.PlatformPrincipal;

/**
 * Whose budget a request counts against. A bearer caller is its subject together with its tenants, so the same
 * account acting for another municipality has a budget of its own; a browser session is its signed-in user;
 * anyone else is the client address as the server resolved it ({@code server.forward-headers-strategy}: with
 * {@code native} the first {@code X-Forwarded-For} entry, which the ingress must overwrite), an IPv6 client by
 * its /64 network. The key holds a hash, never the subject, user name or address itself.
 *
 * @param key           the hashed identity, part of the counter's key
 * @param authenticated whether a signed-in caller made the request
 */
record RateLimitedCaller(String key, boolean authenticated) {

    static Mono<RateLimitedCaller> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(Authentication.class::cast)
                .filter(authentication -> authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken))
                .map(RateLimitedCaller::signedIn)
                .defaultIfEmpty(anonymous(exchange.getRequest().getRemoteAddress()));
    }

    private static RateLimitedCaller signedIn(Authentication authentication) {
        if (authentication instanceof PlatformAuthenticationToken bearer) {
            PlatformPrincipal principal = bearer.getPrincipal();
            return new RateLimitedCaller(hashed("subject:" + principal.subject() + "|tenants:"
                    + String.join(",", new TreeSet<>(principal.tenants()))), true);
        }
        return new RateLimitedCaller(hashed("user:" + authentication.getName()), true);
    }

    static RateLimitedCaller anonymous(InetSocketAddress remote) {
        return new RateLimitedCaller(hashed("address:" + clientNetwork(remote)), false);
    }

    private static String clientNetwork(InetSocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        String host = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        // Parses literals only, never a DNS lookup.
        byte[] ip = NetUtil.createByteArrayFromIpAddressString(host);
        if (ip == null) {
            return host;
        }
        if (ip.length == 16 && isIpv4Mapped(ip)) {
            ip = Arrays.copyOfRange(ip, 12, 16);
        }
        if (ip.length == 16) {
            return "v6:" + HexFormat.of().formatHex(Arrays.copyOf(ip, 8)) + "::/64";
        }
        return "v4:" + HexFormat.of().formatHex(ip);
    }

    private static boolean isIpv4Mapped(byte[] ip) {
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
    }

    private static String hashed(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}
