package nl.onderop.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in identity provider for service tests: an RSA key whose public half is served as a JWK set
 * over HTTP, and tokens shaped like Keycloak's access tokens (header {@code typ: JWT} and {@code kid}, claim
 * {@code typ: Bearer}, realm roles, tenants, org, audience). The services validate
 * them with their real decoder. End-to-end tests use real Keycloak tokens instead.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "onderop-api";

    private static TestIssuer shared;

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final String issuer;
    private final String jwkSetUri;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            foreignKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            int port = server.getAddress().getPort();
            issuer = "http://127.0.0.1:" + port + "/realms/onderop";
            jwkSetUri = "http://127.0.0.1:" + port + "/certs";
        } catch (JOSEException | IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    public static synchronized TestIssuer get() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        return shared;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return jwkSetUri;
    }

    /** A valid token for a caller with these roles, tenants and (nullable) organisation slug. */
    public String token(String subject, List<String> roles, List<String> tenants, String org) {
        return sign(key, claims(subject, roles, tenants, org).build());
    }

    public String platformAdmin() {
        return token("admin-test", List.of("platform-admin"), List.of("haarlem", "leiden", "delft"), null);
    }

    public String municipalityCoordinator(String tenant) {
        return token("regie-" + tenant, List.of("municipality-coordinator"), List.of(tenant), null);
    }

    public String orgCoordinator(String tenant, String org) {
        return token("coord-" + org, List.of("org-coordinator"), List.of(tenant), org);
    }

    public String volunteer(String tenant, String org) {
        return token("volunteer-" + tenant, List.of("volunteer"), List.of(tenant), org);
    }

    public String expired(String subject, List<String> roles, List<String> tenants) {
        JWTClaimsSet claims = claims(subject, roles, tenants, null)
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                .build();
        return sign(key, claims);
    }

    public String wrongAudience(String subject, List<String> roles, List<String> tenants) {
        return sign(key, claims(subject, roles, tenants, null).audience("some-other-api").build());
    }

    public String wrongIssuer(String subject, List<String> roles, List<String> tenants) {
        return sign(key, claims(subject, roles, tenants, null).issuer("http://evil.example/realms/onderop").build());
    }

    public String signedWithForeignKey(String subject, List<String> roles, List<String> tenants) {
        return sign(foreignKey, claims(subject, roles, tenants, null).build());
    }

    /** Correctly signed, but without {@code exp}: it would never expire. */
    public String withoutExpiry(String subject, List<String> roles, List<String> tenants) {
        return sign(key, claims(subject, roles, tenants, null).expirationTime(null).build());
    }

    /** Correctly signed, but another kind of token of the realm: {@code ID}, {@code Refresh} or {@code Logout}. */
    public String ofKind(String typ, String subject, List<String> roles, List<String> tenants) {
        return sign(key, claims(subject, roles, tenants, null).claim("typ", typ).build());
    }

    /** Correctly signed, without the {@code typ: Bearer} claim, but with an RFC 9068 header {@code typ: at+jwt}. */
    public String rfc9068(String subject, List<String> roles, List<String> tenants) {
        JWTClaimsSet claims = claims(subject, roles, tenants, null).claim("typ", null).build();
        return sign(key, claims, new JOSEObjectType("at+jwt"));
    }

    /**
     * The algorithm-confusion attack: HS256 with the issuer's public key (as published) for the secret, so a
     * decoder that takes the algorithm from the header would check it with the public key and accept it.
     */
    public String hmacWithPublicKey(String subject, List<String> roles, List<String> tenants) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    claims(subject, roles, tenants, null).build());
            jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Header {@code alg: none} and no signature, as an attacker would send. */
    public String unsigned(String subject, List<String> roles, List<String> tenants) {
        return Forgery.unsigned(claims(subject, roles, tenants, null).build().toJSONObject());
    }

    /** A real token whose payload was changed afterwards (here: another tenant), keeping the old signature. */
    public String tampered(String token, Map<String, Object> replacedClaims) {
        return Forgery.replaceClaims(token, replacedClaims);
    }

    private JWTClaimsSet.Builder claims(String subject, List<String> roles, List<String> tenants, String org) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(AUDIENCE, "account"))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("realm_access", Map.of("roles", roles))
                .claim("tenants", tenants)
                .claim("typ", "Bearer")
                .claim("azp", "onderop-cli");
        if (org != null) {
            builder.claim("org", org);
        }
        return builder;
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        return sign(signingKey, claims, JOSEObjectType.JWT);
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims, JOSEObjectType type) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type)
                    .keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
