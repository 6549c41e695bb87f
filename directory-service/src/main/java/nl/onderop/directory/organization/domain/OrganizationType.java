package nl.onderop.directory.organization.domain;

import java.util.Arrays;
import java.util.Optional;

/** burgerinitiatief, maatschappelijke organisatie, zelforganisatie van statushouders, gemeente. */
public enum OrganizationType {
    INITIATIVE("initiative"),
    CIVIL_SOCIETY("civil-society"),
    SELF_ORGANISATION("self-organisation"),
    MUNICIPALITY("municipality");

    private final String value;

    OrganizationType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<OrganizationType> fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }
}
