package nl.onderop.directory.organization.domain;

/**
 * A draft is visible only inside its tenant; a published entry is readable by everyone; a withdrawn one is
 * back to being visible inside its tenant only, and keeps its history.
 */
public enum PublicationStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
