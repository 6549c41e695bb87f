package nl.onderop.directory.service.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a verification holds in a tenant (six months unless the municipality chose otherwise). An entry
 * is stale once a whole period has passed since it was last confirmed; every further period counts again.
 */
public record VerificationPeriod(Period length) {

    public static final VerificationPeriod SIX_MONTHS = new VerificationPeriod(Period.ofMonths(6));

    public VerificationPeriod {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A verification period must be positive: " + length);
        }
    }

    public boolean isStale(ServiceEntry entry, LocalDate today) {
        return periodsOverdue(entry, today) > 0;
    }

    /** Whole periods passed since the last confirmation: 0 while fresh, 1 in the first stale period, ... */
    public int periodsOverdue(ServiceEntry entry, LocalDate today) {
        LocalDate confirmed = entry.lastConfirmedOn();
        int periods = 0;
        LocalDate due = confirmed.plus(length);
        while (!due.isAfter(today) && periods < 1000) {
            periods++;
            due = confirmed.plus(length.multipliedBy(periods + 1));
        }
        return periods;
    }

    public LocalDate dueOn(ServiceEntry entry) {
        return entry.lastConfirmedOn().plus(length);
    }
}
