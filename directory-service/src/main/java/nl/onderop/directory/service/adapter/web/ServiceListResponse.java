package nl.onderop.directory.service.adapter.web;

import java.util.List;

/** A page of services; {@code totalElements} counts every match, not just this page. */
record ServiceListResponse(List<ServiceResponse> services, PageInfo page) {

    record PageInfo(int number, int size, long totalElements, long totalPages) {

        static PageInfo of(int number, int size, long totalElements) {
            return new PageInfo(number, size, totalElements, totalElements == 0 ? 0 : (totalElements + size - 1) / size);
        }
    }
}
