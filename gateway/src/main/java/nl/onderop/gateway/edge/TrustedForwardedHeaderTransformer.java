package nl.onderop.gateway.edge;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} only from a trusted proxy (the ingress): from there the
 * request takes the scheme, host and client address they name (so cookies are {@code Secure} behind a
 * TLS-terminating ingress and rate limits key on the real client); from anyone else they are removed before
 * anything reads them. Reactor Netty's {@code native} strategy would take them from any client, which lets a
 * caller choose its own address and scheme. Registered as the web handler's {@code forwardedHeaderTransformer},
 * so it runs before the exchange exists and the session, security and routing all see the same request;
 * {@code server.forward-headers-strategy} stays {@code none}.
 */
public final class TrustedForwardedHeaderTransformer extends ForwardedHeaderTransformer {

    private final Pattern trustedProxies;
    private final ForwardedHeaderTransformer removing = new ForwardedHeaderTransformer();

    public TrustedForwardedHeaderTransformer(Pattern trustedProxies) {
        this.trustedProxies = trustedProxies;
        removing.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        return fromTrustedProxy(request) ? super.apply(request) : removing.apply(request);
    }

    private boolean fromTrustedProxy(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null
                && trustedProxies.matcher(remote.getAddress().getHostAddress()).matches();
    }
}
