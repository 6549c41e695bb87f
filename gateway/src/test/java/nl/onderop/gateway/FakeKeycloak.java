package nl.onderop.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The back channel of a Keycloak realm, over real HTTP: token endpoint (authorization code), user info and the
 * key set. The browser half (the login form) is played by the test, which "approves" a login and gets a code.
 */
final class FakeKeycloak {

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final String clientId;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Approval> approvals = new ConcurrentHashMap<>();
    private final Map<String, Approval> accessTokens = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<TokenRequest> tokenRequests = new ConcurrentLinkedDeque<>();

    record Approval(String username, String nonce, String accessToken) {
    }

    /** What the gateway sent to the token endpoint: the form and its client authentication. */
    record TokenRequest(Map<String, String> form, String authorization) {
    }

    FakeKeycloak(String clientId) {
        this.clientId = clientId;
        try {
            key = new RSAKeyGenerator(2048).keyID("fake-keycloak").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/onderop";
        String oidc = "/realms/onderop/protocol/openid-connect";
        server.createContext(oidc + "/certs", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext(oidc + "/token", this::token);
        server.createContext(oidc + "/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return issuer;
    }

    /** The user signs in at Keycloak; Keycloak redirects the browser back with this code. */
    String approve(String username, String nonce) {
        String code = UUID.randomUUID().toString();
        approvals.put(code, new Approval(username, nonce, sign(new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subjectOf(username)).audience(List.of("onderop-api"))
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .claim("preferred_username", username).jwtID(UUID.randomUUID().toString()).build())));
        return code;
    }

    String accessTokenIssuedFor(String code) {
        return approvals.get(code).accessToken();
    }

    TokenRequest lastTokenRequest() {
        return tokenRequests.getLast();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(exchange);
        tokenRequests.add(new TokenRequest(form, exchange.getRequestHeaders().getFirst("Authorization")));
        Approval approval = approvals.get(form.get("code"));
        if (!"authorization_code".equals(form.get("grant_type")) || approval == null) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        accessTokens.put(approval.accessToken(), approval);
        Instant now = Instant.now();
        String idToken = sign(new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subjectOf(approval.username())).audience(clientId).claim("azp", clientId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", approval.nonce()).claim("preferred_username", approval.username()).build());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", approval.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", 300);
        body.put("scope", "openid profile email");
        body.put("id_token", idToken);
        send(exchange, 200, json.writeValueAsString(body));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Approval approval = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (approval == null) {
            send(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        send(exchange, 200, json.writeValueAsString(Map.of("sub", subjectOf(approval.username()),
                "preferred_username", approval.username(), "email", approval.username() + "@example.test")));
    }

    private static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
