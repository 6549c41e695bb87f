package nl.onderop.volunteers.csvimport.application;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which service instance runs the jobs it accepts ({@code onderop.volunteers.import.instance-id}, by default the
 * host name: the pod name in Kubernetes) and after how long without progress an active job of any instance
 * counts as interrupted ({@code onderop.volunteers.import.stale-after}, 10 minutes; a running job reports
 * progress at least every 1,000 rows).
 */
@Component
public class ImportSettings {

    private final String instance;
    private final Duration staleAfter;

    public ImportSettings(@Value("${onderop.volunteers.import.instance-id:${HOSTNAME:local}}") String instance,
                          @Value("${onderop.volunteers.import.stale-after:10m}") Duration staleAfter) {
        this.instance = instance;
        this.staleAfter = staleAfter;
    }

    public String instance() {
        return instance;
    }

    public Duration staleAfter() {
        return staleAfter;
    }
}
