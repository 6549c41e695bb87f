package nl.onderop.directory.hsds.adapter.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the HSDS profile ({@code onderop.directory.hsds.*}).
 *
 * @param publicBaseUrl where readers reach the platform (e.g. {@code https://onderop.example}); blank: the
 *                      scheme and host of the request, which behind a proxy may be an internal address
 * @param profileUrl    the HSDS profile this API follows, answered by the API's root
 * @param provinces     the province of each tenant, for HSDS addresses (which require {@code state_province})
 */
@ConfigurationProperties("onderop.directory.hsds")
record HsdsProperties(String publicBaseUrl, String profileUrl, Map<String, String> provinces) {

    static final String DEFAULT_PROFILE_URL = "https://docs.openreferral.org/en/3.0/";

    HsdsProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.replaceAll("/+$", "");
        profileUrl = profileUrl == null || profileUrl.isBlank() ? DEFAULT_PROFILE_URL : profileUrl;
        provinces = provinces == null ? Map.of() : Map.copyOf(provinces);
    }

    Optional<String> province(String tenant) {
        return Optional.ofNullable(provinces.get(tenant));
    }
}
