package nl.onderop.volunteers.volunteer.application;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
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

    /** The caller's data, with every other feature's part of it by section name. */
    public record Export(Volunteer volunteer, Map<String, Object> sections) {
    }

    private final VolunteerRepository volunteers;
    private final ManageVolunteers manage;
    private final VolunteerProfileRules rules;
    private final List<PersonalDataHolder> holders;
    private final EraseVolunteer eraser;

    public OwnProfile(VolunteerRepository volunteers, ManageVolunteers manage, VolunteerProfileRules rules,
                      ObjectProvider<PersonalDataHolder> holders, EraseVolunteer eraser) {
        this.volunteers = volunteers;
        this.manage = manage;
        this.rules = rules;
        this.holders = holders.orderedStream().toList();
        this.eraser = eraser;
    }

    /**
     * Saves what the volunteer declares about itself. The organisation's decisions (match capacity, newcomer,
     * VOG) stay as stored; a first save starts them at one match, no VOG, newcomer when the account is one.
     */
    public Mono<Volunteer> save(VolunteerAccess access, Long expectedVersion, VolunteerProfile declared) {
        if (!access.mayHaveOwnProfile()) {
            return Mono.error(ApiProblem.forbidden("Only volunteers (and newcomers who volunteer) keep a volunteer profile."));
        }
        return volunteers.findByAccount(access.subject())
                .filter(own -> !own.isErased() && access.tenants().contains(own.tenant()))
                .flatMap(own -> manage.updateOwnProfile(own, expectedVersion, declared))
                .switchIfEmpty(Mono.defer(() -> create(access, declared.withDecisions(1, access.isNewcomer(),
                        VolunteerProfile.CertificateOfConduct.NONE))));
    }

    private Mono<Volunteer> create(VolunteerAccess access, VolunteerProfile profile) {
        if (access.soleTenant().isEmpty() || access.organization() == null) {
            return Mono.error(ApiProblem.forbidden(
                    "Your account names no single organisation to volunteer for; ask its coordinator to register you."));
        }
        rules.check(profile);
        return manage.insert(manage.newVolunteer(UUID.randomUUID().toString(), access.soleTenant().get(),
                        access.subject(), profile, VolunteerStatus.APPLIED, access.organization(), PoolConsent.NOT_GIVEN))
                .onErrorMap(DuplicateAccountException.class,
                        duplicate -> ApiProblem.conflict("Your profile was created meanwhile; read it and retry."));
    }

    /** Everything this service holds about the caller (GDPR art. 15). */
    public Mono<Export> export(VolunteerAccess access) {
        return own(access).flatMap(own -> Flux.fromIterable(holders)
                .concatMap(holder -> holder.export(own).map(data -> Map.entry(holder.section(), data)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
                .map(sections -> new Export(own, sections)));
    }

    /** Removes the caller's personal data from this service and asks the others to do the same (art. 17). */
    public Mono<Volunteer> erase(VolunteerAccess access) {
        return own(access).flatMap(eraser::erase);
    }

    private Mono<Volunteer> own(VolunteerAccess access) {
        if (!access.mayHaveOwnProfile()) {
            return Mono.error(ApiProblem.forbidden("Only volunteers (and newcomers who volunteer) keep a volunteer profile."));
        }
        return volunteers.findByAccount(access.subject())
                .filter(own -> !own.isErased() && access.tenants().contains(own.tenant()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Your volunteer profile")));
    }

    public Mono<Volunteer> consent(VolunteerAccess access, boolean given) {
        return own(access).flatMap(own -> manage.changePoolConsent(own, given));
    }
}
