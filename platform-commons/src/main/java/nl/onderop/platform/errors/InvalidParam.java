package nl.onderop.platform.errors;

/** One entry of {@code invalidParams} in a problem+json body (Dutch API Design Rules). */
public record InvalidParam(String name, String code, String reason) {
}
