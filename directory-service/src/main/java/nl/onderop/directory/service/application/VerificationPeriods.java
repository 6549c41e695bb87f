package nl.onderop.directory.service.application;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.onderop.directory.service.domain.VerificationPeriod;

/**
 * How long a verification holds, per tenant ({@code onderop.directory.verification.periods.<tenant>: P6M}),
 * six months for any tenant not named.
 */
@ConfigurationProperties("onderop.directory.verification")
public record VerificationPeriods(Period defaultPeriod, Map<String, Period> periods) {

    public VerificationPeriods {
        defaultPeriod = defaultPeriod == null ? VerificationPeriod.SIX_MONTHS.length() : defaultPeriod;
        periods = periods == null ? Map.of() : Map.copyOf(periods);
    }

    public VerificationPeriod of(String tenant) {
        return new VerificationPeriod(periods.getOrDefault(tenant, defaultPeriod));
    }
}
