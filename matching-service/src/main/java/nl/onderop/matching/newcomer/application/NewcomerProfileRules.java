package nl.onderop.matching.newcomer.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.onderop.matching.common.application.ActivityTaxonomy;
import nl.onderop.matching.common.application.ProfileChecks;
import nl.onderop.matching.newcomer.domain.NewcomerProfile;
import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;

/** What a newcomer profile must satisfy beyond its shape; all violations at once, each named by its field. */
@Component
public class NewcomerProfileRules {

    private final ActivityTaxonomy taxonomy;

    public NewcomerProfileRules(ActivityTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public void check(NewcomerProfile profile) {
        List<InvalidParam> problems = new ArrayList<>();
        if (profile.alias().isBlank()) {
            problems.add(new InvalidParam("alias", "required", "A first name or an alias."));
        }
        ProfileChecks.languages("languages", profile.languages(), problems);
        ProfileChecks.codes("interests", profile.interests(), problems);
        for (int i = 0; i < profile.needs().size(); i++) {
            if (!taxonomy.isActivity(profile.needs().get(i))) {
                problems.add(new InvalidParam("needs[" + i + "]", "taxonomy",
                        "An activity code of the directory's taxonomy, e.g. language-buddy."));
            }
        }
        ProfileChecks.slots("availability", profile.availability(), problems);
        ProfileChecks.oneOf("ageBand", profile.ageBand(), ProfileChecks.AGE_BANDS, problems);
        ProfileChecks.oneOf("preferredVolunteerGender", profile.preferredVolunteerGender(), ProfileChecks.GENDERS, problems);
        ProfileChecks.codes("offeredSkills", profile.offeredSkills(), problems);
        ProfileChecks.languageCodes("offeredLanguages", profile.offeredLanguages(), problems);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
