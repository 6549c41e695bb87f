package nl.onderop.testsupport;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;

/** Builds the forged tokens that security tests must see rejected; works on real Keycloak tokens too. */
public final class Forgery {

    private Forgery() {
    }

    /** Keeps header and signature, replaces claims in the payload. */
    public static String replaceClaims(String token, Map<String, Object> replacedClaims) {
        String[] parts = token.split("\\.");
        try {
            Map<String, Object> payload = new LinkedHashMap<>(JSONObjectUtils.parse(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)));
            payload.putAll(replacedClaims);
            return parts[0] + "." + TestIssuer.base64Url(JSONObjectUtils.toJSONString(payload).getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];
        } catch (ParseException unreadable) {
            throw new IllegalArgumentException("Not a JWT", unreadable);
        }
    }

    /** The same header (key id included) and claims, signed with a freshly made RSA key the issuer never had. */
    public static String resignWithForeignKey(String token) {
        try {
            SignedJWT original = SignedJWT.parse(token);
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(original.getHeader().getKeyID()).generate();
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(original.getHeader().getKeyID()).type(original.getHeader().getType()).build(),
                    original.getJWTClaimsSet());
            forged.sign(new RSASSASigner(foreign));
            return forged.serialize();
        } catch (ParseException | JOSEException failed) {
            throw new IllegalArgumentException("Could not re-sign the token", failed);
        }
    }

    /** Re-encodes a token's claims under {@code alg: none} with an empty signature. */
    public static String withAlgNone(String token) {
        String[] parts = token.split("\\.");
        return TestIssuer.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
    }

    static String unsigned(Map<String, Object> claims) {
        return TestIssuer.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + TestIssuer.base64Url(JSONObjectUtils.toJSONString(claims).getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
