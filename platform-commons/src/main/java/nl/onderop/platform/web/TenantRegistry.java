package nl.onderop.platform.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.onderop.platform.errors.ApiProblem;

/**
 * The municipalities (tenants) this installation serves, from {@code onderop.tenants}
 * (ONDEROP_TENANTS, comma-separated slugs).
 */
@ConfigurationProperties("onderop")
public record TenantRegistry(List<String> tenants) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,62}");

    public TenantRegistry {
        tenants = tenants == null || tenants.isEmpty() ? List.of("haarlem", "leiden", "delft") : List.copyOf(tenants);
        tenants.forEach(tenant -> {
            if (!SLUG.matcher(tenant).matches()) {
                throw new IllegalArgumentException("Tenant slug must be lower-case kebab-case: " + tenant);
            }
        });
    }

    public boolean isKnown(String tenant) {
        return tenant != null && Set.copyOf(tenants).contains(tenant);
    }

    /** Answers 400 naming {@code field} when the tenant is not one of this installation's. */
    public String requireKnown(String field, String tenant) {
        if (!isKnown(tenant)) {
            throw ApiProblem.invalid(field, "unknownTenant", "Unknown tenant; expected one of " + tenants + ".");
        }
        return tenant;
    }
}
