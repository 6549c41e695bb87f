package nl.onderop.volunteers.volunteer.application;

import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.volunteers.volunteer.domain.PoolConsent;
import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;
import nl.onderop.volunteers.volunteer.domain.VolunteerProfile;
import nl.onderop.volunteers.volunteer.domain.VolunteerStatus;

/**
 * The volunteer's self-service: its own profile, created on first save for the organisation in its token
 * (newcomers who want to help too have the same right), and its consent to the tenant pool.
 */
@Component
public class OwnProfile {

    private final VolunteerRepository volunteers;
    private final ManageVolunteers manage;
    private final VolunteerProfileRules rules;

    public OwnProfile(VolunteerRepository volunteers, ManageVolunteers manage, VolunteerProfileRules rules) {
        this.volunteers = volunteers;
        this.manage = manage;
        this.rules = rules;
    }

    public Mono<Volunteer> save(VolunteerAccess access, Long expectedVersion, VolunteerProfile profile) {
        if (!access.mayHaveOwnProfile()) {
            return Mono.error(ApiProblem.forbidden("Only volunteers (and newcomers who volunteer) keep a volunteer profile."));
        }
        return volunteers.findByAccount(access.subject())
                .flatMap(own -> manage.updateOwnProfile(own, expectedVersion, profile))
                .switchIfEmpty(Mono.defer(() -> create(access, profile)));
    }

    private Mono<Volunteer> create(VolunteerAccess access, VolunteerProfile profile) {
        if (access.tenants().size() != 1 || access.organization() == null) {
            return Mono.error(ApiProblem.forbidden(
                    "Your account names no single organisation to volunteer for; ask its coordinator to register you."));
        }
        rules.check(profile);
        return manage.insert(manage.newVolunteer(UUID.randomUUID().toString(), access.tenants().iterator().next(),
                        access.subject(), profile, VolunteerStatus.APPLIED, access.organization(), PoolConsent.NOT_GIVEN))
                .onErrorMap(DuplicateAccountException.class,
                        duplicate -> ApiProblem.conflict("Your profile was created meanwhile; read it and retry."));
    }

    public Mono<Volunteer> consent(VolunteerAccess access, boolean given) {
        return volunteers.findByAccount(access.subject())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your volunteer profile")))
                .flatMap(own -> manage.changePoolConsent(own, given));
    }
}
