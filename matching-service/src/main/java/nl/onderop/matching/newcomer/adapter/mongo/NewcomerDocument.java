package nl.onderop.matching.newcomer.adapter.mongo;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.onderop.matching.newcomer.domain.Consent;
import nl.onderop.matching.newcomer.domain.Newcomer;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;
import nl.onderop.platform.events.OutboxMessage;

/**
 * A stored newcomer. {@code tenantAccount} ({@code tenant/account}, only when the newcomer has an account) exists
 * for the unique index that keeps one profile per account and tenant: a single sparse field, because a compound
 * sparse index would still index every newcomer without an account, and mongo-java-server ignores partial filters.
 */
@Document(NewcomerDocument.COLLECTION)
record NewcomerDocument(@Id String id, String tenant, String organization, String account, String tenantAccount,
                        NewcomerProfile profile, List<Consent> consents, long version, Instant createdAt,
                        Instant updatedAt, Instant erasedAt, List<OutboxMessage> outbox) {

    static final String COLLECTION = "newcomers";

    static NewcomerDocument from(Newcomer newcomer, List<OutboxMessage> events) {
        return new NewcomerDocument(newcomer.id(), newcomer.tenant(), newcomer.organization(), newcomer.account(),
                newcomer.account() == null ? null : newcomer.tenant() + "/" + newcomer.account(),
                newcomer.profile(), newcomer.consents(), newcomer.version(), newcomer.createdAt(), newcomer.updatedAt(),
                newcomer.erasedAt(), List.copyOf(events));
    }

    Newcomer toNewcomer() {
        return new Newcomer(id, tenant, organization, account, profile, consents, version, createdAt, updatedAt, erasedAt);
    }
}
