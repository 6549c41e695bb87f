package nl.onderop.directory.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

import nl.onderop.directory.i18n.ContentLanguages;
import nl.onderop.platform.errors.ApiProblem;

/**
 * Conditional and cacheable answers for directory reads. Anonymous readers get a shared-cacheable answer;
 * a signed-in caller may see drafts, so its answer stays private. The ETag covers what the body was built
 * from (ids and versions), the language and the kind of reader, so a cache never mixes them up.
 */
public final class PublicReads {

    static final Duration PUBLIC_MAX_AGE = Duration.ofSeconds(60);
    private static final Pattern VERSION_TAG = Pattern.compile("\"v([0-9]{1,18})(-[0-9a-f]+)?\"");

    private PublicReads() {
    }

    /** The language an {@code Accept-Language} header asks for among the directory's content languages. */
    public static String language(ServerWebExchange exchange) {
        return ContentLanguages.preferred(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static <T> ResponseEntity<T> respond(ServerWebExchange exchange, boolean anonymous, String language,
                                                String builtFrom, T body) {
        return answer(exchange, anonymous, language, "\"" + digest((anonymous ? "a|" : "p|") + language + "|" + builtFrom) + "\"", body);
    }

    /**
     * For one editable entry: the ETag starts with its version ({@code "v3-..."}), so that an editor can send
     * it back as {@code If-Match} unchanged.
     */
    public static <T> ResponseEntity<T> respondVersioned(ServerWebExchange exchange, boolean anonymous, String language,
                                                         String id, long version, T body) {
        String etag = "\"v" + version + "-" + digest((anonymous ? "a|" : "p|") + language + "|" + id) + "\"";
        return answer(exchange, anonymous, language, etag, body);
    }

    /** The version in an ETag made by {@link #respondVersioned} or by an edit ({@code "v3"}); 400 otherwise. */
    public static long versionOf(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        Matcher matcher = VERSION_TAG.matcher(tag);
        if (!matcher.matches()) {
            throw ApiProblem.invalid("If-Match", "format",
                    "The ETag of the entry as read or as returned by an edit, e.g. \"v3\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static <T> ResponseEntity<T> answer(ServerWebExchange exchange, boolean anonymous, String language,
                                                String etag, T body) {
        CacheControl cacheControl = anonymous
                ? CacheControl.maxAge(PUBLIC_MAX_AGE).cachePublic()
                : CacheControl.noCache().cachePrivate();
        List<String> ifNoneMatch = exchange.getRequest().getHeaders().getIfNoneMatch();
        boolean unchanged = ifNoneMatch.contains(etag) || ifNoneMatch.contains("*")
                || ifNoneMatch.contains("W/" + etag);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(unchanged ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(etag)
                .cacheControl(cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.AUTHORIZATION)
                .header(HttpHeaders.CONTENT_LANGUAGE, language);
        return unchanged ? builder.build() : builder.body(body);
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
