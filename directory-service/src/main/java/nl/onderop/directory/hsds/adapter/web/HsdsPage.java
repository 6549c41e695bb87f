package nl.onderop.directory.hsds.adapter.web;

import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import nl.onderop.directory.hsds.application.Listing;

/** The HSDS paging envelope ({@code Page} in the HSDS OpenAPI document) around one page of {@code contents}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsPage<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {

    static <S, T> HsdsPage<T> of(Listing<S> listing, Function<S, T> toHsds) {
        List<T> contents = listing.items().stream().map(toHsds).toList();
        int pageNumber = listing.page().page();
        int totalPages = listing.totalPages();
        // HSDS defines size as the number of entities on this page, not the page size asked for
        return new HsdsPage<>(listing.totalItems(), totalPages, pageNumber, contents.size(), pageNumber == 1,
                pageNumber >= totalPages, contents.isEmpty(), contents);
    }
}
