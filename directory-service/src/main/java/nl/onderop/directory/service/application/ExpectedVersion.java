package nl.onderop.directory.service.application;

/**
 * The version an editor based a change on: from an {@code If-Match} header (a stale one is 412) or from the
 * body (a stale one is 409); none when the editor did not say.
 */
public record ExpectedVersion(Long version, boolean precondition) {

    public static ExpectedVersion ifMatch(long version) {
        return new ExpectedVersion(version, true);
    }

    public static ExpectedVersion fromBody(Long version) {
        return new ExpectedVersion(version, false);
    }
}
