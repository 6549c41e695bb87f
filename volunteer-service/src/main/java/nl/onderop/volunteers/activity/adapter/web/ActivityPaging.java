package nl.onderop.volunteers.activity.adapter.web;

import java.util.ArrayList;
import java.util.List;

import nl.onderop.platform.errors.ApiProblem;
import nl.onderop.platform.errors.InvalidParam;

/** Bounded pages for the activity and attention lists, checked the same way as the volunteer search. */
public record ActivityPaging(int number, int size) {

    static final int MAX_PAGE_SIZE = 100;

    public static ActivityPaging checked(int page, int pageSize) {
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
        return new ActivityPaging(page, pageSize);
    }

    public PageInfo info(long total) {
        return new PageInfo(number, size, total, total == 0 ? 0 : (total + size - 1) / size);
    }

    public record PageInfo(int number, int size, long totalElements, long totalPages) {
    }
}
