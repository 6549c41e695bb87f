package nl.onderop.directory.hsds.application;

import java.util.List;

import nl.onderop.directory.web.PageRequest;

/** One page of a list that was filtered in full first, so that {@code totalItems} counts every match. */
public record Listing<T>(List<T> items, long totalItems, PageRequest page) {

    public Listing {
        items = List.copyOf(items);
    }

    public static <T> Listing<T> slice(List<T> all, PageRequest page) {
        List<T> items = all.stream().skip(page.offset()).limit(page.pageSize()).toList();
        return new Listing<>(items, all.size(), page);
    }

    public int totalPages() {
        return (int) ((totalItems + page.pageSize() - 1) / page.pageSize());
    }
}
