package nl.onderop.matching.common.adapter.web;

import java.util.ArrayList;
import java.util.List;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;

/** The page parameters every list of this service takes, and the page block every list answers with. */
public final class Paging {

    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    public record PageInfo(int number, int size, long totalElements, long totalPages) {

        public static PageInfo of(int page, int pageSize, long total) {
            return new PageInfo(page, pageSize, total, total == 0 ? 0 : (total + pageSize - 1) / pageSize);
        }
    }

    /** Fails with 400 naming {@code page} or {@code pageSize} when out of range. */
    public static void check(int page, int pageSize) {
        List<InvalidParam> problems = new ArrayList<>();
        if (page < 1 || page > 1000) {
            problems.add(new InvalidParam("page", "range", "Between 1 and 1000."));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new InvalidParam("pageSize", "range", "Between 1 and " + MAX_PAGE_SIZE + "."));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
