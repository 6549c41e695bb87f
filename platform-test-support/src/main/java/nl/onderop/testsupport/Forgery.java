package nl.onderop.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

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
        } catch (java.text.ParseException unreadable) {
            throw new IllegalArgumentException("Not a JWT", unreadable);
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
