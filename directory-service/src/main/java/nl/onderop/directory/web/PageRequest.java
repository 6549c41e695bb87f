package nl.onderop.directory.web;

import nl.onderop.platform.errors.ApiProblem;

/** A bounded page of a list: pages count from 1, at most {@link #MAX_PAGE_SIZE} items and {@link #MAX_PAGE} pages. */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 1000;

    /** Validates query parameters {@code page} and {@code pageSize}; a 400 names the one that is wrong. */
    public static PageRequest of(int page, int pageSize) {
        if (page < 1 || page > MAX_PAGE) {
            throw ApiProblem.invalid("page", "range", "Between 1 and " + MAX_PAGE + ".");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiProblem.invalid("pageSize", "range", "Between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return new PageRequest(page, pageSize);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
