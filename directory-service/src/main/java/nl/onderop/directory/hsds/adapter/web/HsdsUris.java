package nl.onderop.directory.hsds.adapter.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * HSDS types URLs as {@code format: uri}. The directory accepts any {@code http(s)://} text without blanks,
 * which may still hold characters a URI does not allow; one such value would make a consumer reject the
 * whole document, so it is left out instead.
 */
final class HsdsUris {

    private HsdsUris() {
    }

    static String absoluteOrNull(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new URI(value).isAbsolute() ? value : null;
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }
}
