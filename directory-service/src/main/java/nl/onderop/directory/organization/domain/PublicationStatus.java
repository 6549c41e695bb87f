package nl.onderop.directory.organization.domain;

/** A draft is visible only inside its tenant; a published entry is readable by everyone. */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED
}
